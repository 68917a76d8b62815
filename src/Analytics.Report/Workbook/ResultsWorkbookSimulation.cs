using Analytics.Analyses.Splits;
using Analytics.Charts;

namespace Analytics.Report.Workbook;

/// <summary>
/// The results workbook's sheets that exist only after a simulation: its summary, each business line's risk, the
/// split table (the plan's, the best and the risk-balanced split, then every split of the grid) and the tornado. A
/// result the report did not compute gives no sheet.
/// </summary>
internal static class ResultsWorkbookSimulation
{
    public static IEnumerable<WorkbookSheet> Sheets(ReportContent content, ChartOptions o)
    {
        if (content.Risk is { } risk)
        {
            yield return Summary(risk, o);
        }

        if (content.Streams is { Count: > 0 } streams)
        {
            yield return LineRisks(streams, o);
        }

        if (content.SplitFigures is { } splits)
        {
            yield return Splits(splits, content.Streams ?? [], o);
        }

        if (content.Drivers is { Tornado.Count: > 0 } drivers)
        {
            yield return Tornado(drivers.Tornado, o);
        }

        if (content.InYear is { } inYear)
        {
            yield return InYear(inYear, o);
        }
    }

    // The in-year section's table: each line and the total, the year to date against the plan and P(target | year to date).
    private static WorkbookSheet InYear(Analyses.Tracking.TrackingResult r, ChartOptions o)
    {
        var f = r.Forecast;
        IReadOnlyList<WorkbookCell> Row(Analyses.Tracking.TargetProgress p, Statistics.Estimate hit, Analyses.Tracking.OutcomeRange year) =>
        [
            WorkbookCell.Of(p.Id), WorkbookCell.Of(o.IsChinese ? p.NameZh : p.NameEn), WorkbookCell.Amount(p.Target), WorkbookCell.Amount(p.TargetToDate),
            p.Actual is { } a ? WorkbookCell.Amount(a) : WorkbookCell.Of(o.Text("未記錄", "not recorded")),
            p.Completion is { } c ? WorkbookCell.Percent(c) : WorkbookCell.Of("-"),
            WorkbookCell.Percent(hit.Value), WorkbookCell.Percent(hit.StandardError),
            WorkbookCell.Amount(year.P10), WorkbookCell.Amount(year.P50), WorkbookCell.Amount(year.P90),
        ];
        var rows = r.YearToDate.Lines.Select(l =>
        {
            var s = f.Streams.First(x => Scenarios.ScenarioPlanMatch.Names(x.Stream, l.Id));
            return Row(l, s.Hit, s.Annual);
        }).ToList();
        rows.Add(Row(r.YearToDate.Company, f.Hit, f.Total));
        var through = r.YearToDate.MonthsObserved == 0 ? "-" : Common.CalendarMonths.Label(r.YearToDate.Year, r.YearToDate.MonthsObserved);
        return new WorkbookSheet(
            o.Text("年內追蹤", "In-year"),
            [
                o.Text("代號", "Id"), o.Text($"目標（至 {through}）", $"Target (through {through})"), Unit(o, "全年目標", "Annual target"), Unit(o, "到此應完成", "Due by now"), Unit(o, "已入帳", "Booked"),
                o.Text("完成率", "Completion"), o.Text("已知年初至今的達標機率", "P(target | year to date)"), o.Text("標準誤", "Standard error"),
                Unit(o, "全年 P10", "Year P10"), Unit(o, "全年 P50", "Year P50"), Unit(o, "全年 P90", "Year P90"),
            ],
            rows);
    }

    private static string Unit(ChartOptions o, string zh, string en) => o.Text($"{zh}（萬元）", $"{en} (10k CNY)");

    private static WorkbookSheet Summary(RiskHeadline r, ChartOptions o)
    {
        IReadOnlyList<WorkbookCell> Row(string zh, string en, WorkbookCell value) => [WorkbookCell.Of(o.Text(zh, en)), value];
        return new WorkbookSheet(
            o.Text("模擬摘要", "Simulation summary"),
            [o.Text("項目", "Item"), o.Text("數值", "Value")],
            [
                Row("情景", "Scenario", WorkbookCell.Of(r.Scenario)),
                Row("情景 SHA-256", "Scenario SHA-256", WorkbookCell.Of(r.ScenarioHash)),
                Row("模擬次數", "Trials", WorkbookCell.Integer(r.Trials)),
                Row("種子", "Seed", WorkbookCell.Of(r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Row("全年目標（萬元）", "Year target (10k CNY)", WorkbookCell.Amount(r.Target)),
                Row("達標機率", "P(hit)", WorkbookCell.Percent(r.ProbabilityOfHit)),
                Row("達標機率的標準誤", "Standard error of P(hit)", WorkbookCell.Percent(r.StandardError)),
                Row("95% 區間下限", "95% interval, lower", WorkbookCell.Percent(r.Lower95)),
                Row("95% 區間上限", "95% interval, upper", WorkbookCell.Percent(r.Upper95)),
                Row("平均銷售（萬元）", "Mean revenue (10k CNY)", WorkbookCell.Amount(r.Mean)),
                Row("P10（萬元）", "P10 (10k CNY)", WorkbookCell.Amount(r.P10)),
                Row("P50（萬元）", "P50 (10k CNY)", WorkbookCell.Amount(r.P50)),
                Row("P90（萬元）", "P90 (10k CNY)", WorkbookCell.Amount(r.P90)),
            ]);
    }

    private static WorkbookSheet LineRisks(IReadOnlyList<LineRisk> streams, ChartOptions o) => new(
        o.Text("各線風險", "Line risk"),
        [
            o.Text("模擬流", "Stream"), o.Text("業務類型", "Business line"), Unit(o, "子目標", "Sub-target"), Unit(o, "平均", "Mean"),
            Unit(o, "P10", "P10"), Unit(o, "P50", "P50"), Unit(o, "P90", "P90"), o.Text("達成機率", "P(reach)"), o.Text("標準誤", "Standard error"),
        ],
        [.. streams.Select(s => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(s.Stream), WorkbookCell.Of(o.Text(s.Name)), WorkbookCell.Amount(s.Target), WorkbookCell.Amount(s.Mean),
            WorkbookCell.Amount(s.P10), WorkbookCell.Amount(s.P50), WorkbookCell.Amount(s.P90),
            WorkbookCell.Percent(s.ProbabilityOfTarget), WorkbookCell.Percent(s.StandardError),
        ])]);

    private static WorkbookSheet Splits(SplitResult r, IReadOnlyList<LineRisk> streams, ChartOptions o)
    {
        string StreamName(string stream) => streams.FirstOrDefault(s => s.Stream == stream) is { } s ? o.Text(s.Name) : stream;
        IReadOnlyList<WorkbookCell> Row(string name, SplitRow row) =>
        [
            WorkbookCell.Of(name),
            .. row.Split.Shares.Select(WorkbookCell.Percent),
            WorkbookCell.Percent(row.ProbabilityOfTarget.Value),
            WorkbookCell.Percent(row.ProbabilityOfTarget.StandardError),
            WorkbookCell.Percent(row.ProbabilityAllStreams.Value),
            WorkbookCell.Amount(row.ExpectedRevenue.Value),
            WorkbookCell.Amount(row.P10),
            row.ExpectedMargin is { } m ? WorkbookCell.Amount(m) : WorkbookCell.Of(string.Empty),
        ];

        var rows = new List<IReadOnlyList<WorkbookCell>>
        {
            Row(o.Text("計劃", "Plan"), r.Plan),
            Row(o.Text("最佳", "Best"), r.Best),
            Row(o.Text("風險均衡", "Risk-balanced"), r.RiskBalanced.Row),
        };
        rows.AddRange(r.Grid.Select(g => Row(o.Text("網格", "Grid"), g)));
        return new WorkbookSheet(
            o.Text("占比", "Splits"),
            [
                o.Text("占比", "Split"),
                .. r.Streams.Select(s => o.Text($"{StreamName(s)} 占比", $"{StreamName(s)} share")),
                o.Text("達標機率", "P(hit)"), o.Text("標準誤", "Standard error"), o.Text("各線都達成子目標", "Every line reaches its part"),
                Unit(o, "平均銷售", "Mean revenue"), Unit(o, "P10", "P10"), Unit(o, "預期毛利", "Expected gross margin"),
            ],
            rows);
    }

    private static WorkbookSheet Tornado(IReadOnlyList<Analyses.Sensitivity.TornadoRow> rows, ChartOptions o) => new(
        o.Text("龍捲風圖", "Tornado"),
        [
            o.Text("輸入", "Input"), o.Text("P10 取值", "Value at P10"), o.Text("P90 取值", "Value at P90"),
            o.Text("P10 時達標機率", "P(hit) at P10"), o.Text("P90 時達標機率", "P(hit) at P90"), o.Text("達標機率擺幅", "P(hit) swing"),
            Unit(o, "P10 時平均銷售", "Mean revenue at P10"), Unit(o, "P90 時平均銷售", "Mean revenue at P90"),
        ],
        [.. rows.Select(t => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(t.Input), WorkbookCell.Number(t.Low), WorkbookCell.Number(t.High),
            WorkbookCell.Percent(t.HitAtLow.Value), WorkbookCell.Percent(t.HitAtHigh.Value), WorkbookCell.Percent(t.HitSwing),
            WorkbookCell.Amount(t.MeanAtLow.Value), WorkbookCell.Amount(t.MeanAtHigh.Value),
        ])]);
}
