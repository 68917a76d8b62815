using System.Globalization;
using Analytics.Analyses.Tracking;
using Analytics.Charts;
using Analytics.Charts.Adapters;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>
/// The year so far (the plan folder's actuals, through <see cref="TrackingAnalysis"/> as <c>track</c> runs it): the
/// year to date against the plan's cumulative target by line, each complete quarter against the plan's re-plan rule,
/// P(annual target | year to date) with its error beside the prior's, the year's range, the expected shortfall and
/// the effective sample size; the booked months with the fan of the months to come; and, when the rule fired, the
/// re-phased targets both ways and the alternatives' chances. Absent without actuals.
/// </summary>
public sealed class InYearSection : ReportSection
{
    /// <summary>The section's id (also the omission's, when the tracking analysis could not run).</summary>
    public const string SectionId = "in-year";

    /// <inheritdoc />
    public override string Id => SectionId;

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("年內追蹤：年初至今與全年", "The year so far, and what it says about the year");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.InYear is not null;

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var r = content.InYear!;
        var y = r.YearToDate;
        var f = r.Forecast;
        var through = y.MonthsObserved == 0 ? o.Text("尚無月份", "no month yet") : CalendarMonths.Label(y.Year, y.MonthsObserved);
        var company = y.Company;
        string Range(double wanYuan) => o.FormatEstimate(wanYuan) + " " + o.UnitName;
        writer.Paragraph(o.Text(
            $"截至 {through}：已入帳 {o.FormatAmount(company.Actual ?? 0)}，計劃到此應完成 {o.FormatAmount(company.TargetToDate)}（完成率 {Percent(company.Completion)}），全年目標 {o.FormatAmount(company.Target)}。",
            $"Through {through}: booked {o.FormatAmount(company.Actual ?? 0)} against {o.FormatAmount(company.TargetToDate)} the plan asks by now ({Percent(company.Completion)} complete); the annual target is {o.FormatAmount(company.Target)}."));
        writer.Figures(
        [
            (o.Text("已知年初至今的全年達標機率", "P(annual target | year to date)"), Formats.Percent(f.Hit.Value),
                o.Text($"± {Formats.Points(f.Hit.StandardError)} 個百分點（標準誤）；年初時 {Formats.Percent(r.PriorHit.Value)}（同一批 {Formats.Count(r.Manifest.Trials)} 個模擬年度，種子 {Seed(r)}）",
                    $"± {Formats.Points(f.Hit.StandardError)} points (standard error); {Formats.Percent(r.PriorHit.Value)} before the year (the same {Formats.Count(r.Manifest.Trials)} simulated years, seed {Seed(r)})")),
            (o.Text("全年 P10 / P50 / P90", "The year: P10 / P50 / P90"), $"{o.FormatEstimate(f.Total.P10)} / {o.FormatEstimate(f.Total.P50)} / {o.FormatEstimate(f.Total.P90)}", o.UnitName),
            (o.Text("預期缺口", "Expected shortfall"), Range(f.ExpectedShortfall.Value), o.Text($"± {o.FormatNumber(f.ExpectedShortfall.StandardError)}；E[max(0, 目標 − 全年)]", $"± {o.FormatNumber(f.ExpectedShortfall.StandardError)}; E[max(0, target − year)]")),
            (o.Text("有效樣本數", "Effective sample size"), Formats.Count((long)Math.Round(f.EffectiveSampleSize)), o.Text($"共 {Formats.Count(f.Trials)} 個模擬年度", $"of {Formats.Count(f.Trials)} simulated years")),
        ]);
        Caveat(writer, r, o);

        writer.Chart("in-year", SalesCharts.YearSoFar(YearsSoFar.From(r.Fan), o));
        writer.Heading(o.Text("各業務類型：年初至今與全年", "Each business line: the year to date and the year"));
        writer.Table(
            [o.Text("業務類型", "Business line"), ">" + o.Text("全年目標", "annual target"), ">" + o.Text("到此應完成", "due by now"), ">" + o.Text("已入帳", "booked"), ">" + o.Text("完成率", "completion"), ">" + o.Text("達成全年子目標的機率", "P(line target)"), ">P10", ">P50", ">P90"],
            y.Lines.Select(l =>
            {
                var s = f.Streams.First(x => Analytics.Scenarios.ScenarioPlanMatch.Names(x.Stream, l.Id));
                return (IReadOnlyList<string>)[o.IsChinese ? l.NameZh : l.NameEn, o.FormatNumber(l.Target), o.FormatNumber(l.TargetToDate), Booked(o, l.Actual), Percent(l.Completion), $"{Formats.Percent(s.Hit.Value)} ± {Formats.Points(s.Hit.StandardError)}", o.FormatEstimate(s.Annual.P10), o.FormatEstimate(s.Annual.P50), o.FormatEstimate(s.Annual.P90)];
            }).Append([o.Text("合計", "Total"), o.FormatNumber(company.Target), o.FormatNumber(company.TargetToDate), Booked(o, company.Actual), Percent(company.Completion), $"{Formats.Percent(f.Hit.Value)} ± {Formats.Points(f.Hit.StandardError)}", o.FormatEstimate(f.Total.P10), o.FormatEstimate(f.Total.P50), o.FormatEstimate(f.Total.P90)]));

        Quarters(writer, y, o);
        if (r.Replan is { } replan)
        {
            Replan(writer, replan, y, o);
        }

        writer.Paragraph(r.OutsideScenario
            ? o.Text(
                "方法（情景以外的近似）：每個模擬年度的全年 = 年初至今已入帳 + 該年度自己在其餘月份的銷售（按情景抽出，不論已入帳多少）；只有管道數據（贏單、續約、標杆客戶）為年度加權，沒有時等權。它假定其餘月份按情景的預期進行；如果拖累今年的原因持續，它高估達標機率。",
                "Method (the approximation outside the scenario): each simulated year's total is the year to date plus that year's own revenue in the months to come (as the scenario draws them, whatever was booked); only the pipeline facts (wins, renewals, benchmark accounts) weight the years, equally when there are none. It assumes the rest of the year runs as the scenario expects; if what held the year back persists, it overstates the chance.")
            : o.Text(
                "方法：以情景的每個模擬年度使已入帳的年初至今（及管道數據）出現的可能性作為權重（重要性抽樣），加權後的年度即已知年初至今之下的全年；標準誤按加權估計的近似公式計算。與命令列追蹤的計算相同。",
                "Method: each simulated year of the scenario is weighted by how likely it makes the booked year to date (and the pipeline facts), so the weighted years are draws of the year given what was observed (importance sampling; standard errors by the delta method). The same computation as analytics track."),
            note: true);
    }

    // What the reader must know before trusting the figures: outside the scenario, or few trials carry the weight.
    private static void Caveat(ReportWriter writer, TrackingResult r, ChartOptions o)
    {
        if (r.OutsideScenario)
        {
            writer.Paragraph(o.Text(
                $"警告：實際數據落在情景「{r.Scenario}」預期之外（沒有模擬年度能解釋年初至今，或權重的有效樣本數低於 {Formats.Count((long)TrackingAnalysis.OutsideEffectiveSampleSize)} 和模擬年度的 {Formats.PercentUpTo(TrackingAnalysis.OutsideShare)} 兩者中較大者）。以下數字是近似，請按今年的情況修訂情景（市場、轉化率與節奏）後再追蹤。",
                $"Warning: the actuals lie outside what the scenario \"{r.Scenario}\" expected (no simulated year explains the year to date, or the weights' effective sample size is under the larger of {Formats.Count((long)TrackingAnalysis.OutsideEffectiveSampleSize)} and {Formats.PercentUpTo(TrackingAnalysis.OutsideShare)} of the simulated years). The figures below are an approximation: revise the scenario for this year (its market, rates and timing), then track again."));
        }
        else if (r.Forecast.EffectiveSampleSize < TrackingAnalysis.SmallEffectiveSampleSize && !r.YearToDate.MonthsObserved.Equals(CalendarMonths.Count))
        {
            writer.Paragraph(o.Text(
                $"權重集中在少數模擬年度（有效樣本數低於 {Formats.Count((long)TrackingAnalysis.SmallEffectiveSampleSize)}）：標準誤已計入這一點；增加模擬年度可使數字更精確。",
                $"The weights rest on few simulated years (an effective sample size under {Formats.Count((long)TrackingAnalysis.SmallEffectiveSampleSize)}): the standard errors account for it; more simulated years (--trials) make the figures more precise."),
                note: true);
        }
    }

    // Each complete quarter against its target and the plan's rule.
    private static void Quarters(ReportWriter writer, YearToDate y, ChartOptions o)
    {
        if (y.Quarters.Count == 0)
        {
            writer.Paragraph(o.Text("還沒有完整的季度：季度規則從三月底起判斷。", "No complete quarter yet: the quarterly rule is judged from the end of March."), note: true);
            return;
        }

        writer.Heading(y.Rule is { } rule
            ? o.Text($"完整季度與計劃的季度規則（單季完成率低於 {Formats.PercentUpTo(rule.Threshold)} 時觸發）", $"Complete quarters against the plan's quarterly rule (it fires under {Formats.PercentUpTo(rule.Threshold)} completion)")
            : o.Text("完整季度（計劃沒有列出季度完成率規則）", "Complete quarters (the plan states no quarterly completion rule)"));
        writer.Table(
            [o.Text("季度", "Quarter"), ">" + o.Text("季度目標", "target"), ">" + o.Text("已入帳", "booked"), ">" + o.Text("完成率", "completion"), o.Text("規則", "rule"), ">" + o.Text("距觸發線", "short of the line")],
            y.Quarters.Select(q => (IReadOnlyList<string>)
            [
                "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture),
                o.FormatNumber(q.Target),
                o.FormatNumber(q.Actual),
                Percent(q.Completion),
                q.Fired switch { true => o.Text("觸發", "fired"), false => o.Text("未觸發", "not fired"), _ => "-" },
                q.ShortOfThreshold is { } s && s > 0 ? o.FormatNumber(s) : "-",
            ]));
    }

    // The re-phased targets both ways and the alternatives' chances on the same weighted years.
    private static void Replan(ReportWriter writer, Replan p, YearToDate y, ChartOptions o)
    {
        var fired = string.Join(o.Text("、", ", "), y.Firings.Select(q => "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture)));
        writer.Heading(o.Text($"重新規劃（規則在 {fired} 觸發）：其餘的 {o.FormatAmount(p.PlanProportions.Remaining)} 從 {CalendarMonths.Label(y.Year, p.FirstMonth)} 起重新分配", $"Re-plan (the rule fired in {fired}): the remaining {o.FormatAmount(p.PlanProportions.Remaining)} re-phased from {CalendarMonths.Label(y.Year, p.FirstMonth)}"));
        // A region below an industry is named with it: the same province can sit under two industries.
        var names = p.PlanProportions.Lines.Concat(p.PlanProportions.Nodes).ToDictionary(t => t.Id, t => o.IsChinese ? t.NameZh : t.NameEn);
        string Named(RephasedTarget t)
        {
            var name = o.IsChinese ? t.NameZh : t.NameEn;
            return t.Level == ProgressLevel.Region && t.Parent is { } parent && names.TryGetValue(parent, out var above) && p.PlanProportions.Nodes.Any(n => n.Id == parent) ? above + " / " + name : name;
        }

        var quarters = p.PlanProportions.Company.Quarters.Select(q => "Q" + q.Quarter.ToString(CultureInfo.InvariantCulture)).ToArray();
        foreach (var plan in new[] { p.PlanProportions, p.Momentum })
        {
            writer.Paragraph(plan.Method == RephaseMethod.PlanProportions
                ? o.Text("按計劃的比例重新分配：", "Re-phased in the plan's proportions:")
                : o.Text("按勢頭重新分配（各單位的占比乘以它年初至今的完成率）：", "Re-phased by momentum (each unit's share scaled by its year-to-date completion):"));
            writer.Table(
                [o.Text("目標", "Target"), ">" + o.Text("計劃其餘", "plan remaining"), ">" + o.Text("新的其餘", "new remaining"), .. quarters.Select(q => ">" + q)],
                new[] { plan.Company }.Concat(plan.Lines).Concat(plan.Nodes).Select(t => (IReadOnlyList<string>)
                    [Named(t), o.FormatNumber(t.PlanRemaining), o.FormatNumber(t.Remaining), .. t.Quarters.Select(q => o.FormatNumber(q.Amount))]));
        }

        writer.Paragraph(o.Text(
            "重新分配只移動目標，不改變銷售：除非情景設定了投入對目標的反應，兩種分配下每個模擬年度的銷售與不變時相同，全年達標機率也相同；各業務類型達成自己新目標的機率則不同。每個人的新目標見命令列的追蹤輸出。",
            "Re-phasing moves targets, not revenue: unless the scenario's response section links effort to targets, each simulated year's revenue is the same under both re-phasings as under no change, and so is P(annual target); each line's chance of its own new target differs. Each person's new targets: analytics track."), note: true);
        writer.Table(
            [o.Text("做法", "Alternative"), ">" + o.Text("全年達標機率", "P(annual target)"), o.Text("與不變相比（逐年配對）", "against no change (paired)")],
            p.Alternatives.Select(a => (IReadOnlyList<string>)
            [
                Alternative(o, a.Id),
                $"{Formats.Percent(a.Hit.Value)} ± {Formats.Points(a.Hit.StandardError)}",
                a.AgainstNoChange is { } d ? ReportText.PairedPoints(o, d.ProbabilityDifference) : "-",
            ]));
    }

    private static string Alternative(ChartOptions o, string id) => id switch
    {
        ReplanAlternative.NoChange => o.Text("不變：保持計劃的目標", "No change: keep the plan's targets"),
        ReplanAlternative.RephasePlan => o.Text("按計劃比例重新分配", "Re-phase in the plan's proportions"),
        ReplanAlternative.RephaseMomentum => o.Text("按勢頭重新分配", "Re-phase by momentum"),
        ReplanAlternative.BenchmarkFocus => o.Text("集中資源攻標杆客戶（情景的推動政策）", "Focus on the benchmark accounts (the scenario's push)"),
        _ => id,
    };

    private static string Booked(ChartOptions o, decimal? actual) => actual is { } a ? o.FormatNumber(a) : o.Text("未記錄", "not recorded");

    private static string Percent(double? value) => value is { } v ? Formats.Percent(v) : "-";

    private static string Seed(TrackingResult r) => r.Manifest.Seed.ToString(CultureInfo.InvariantCulture);
}
