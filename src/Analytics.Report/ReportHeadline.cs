using System.Globalization;
using Analytics.Audit;
using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report;

/// <summary>
/// The figures at the top of the report, also printed by <c>analytics report</c>: the target and
/// its growth, the split over business types, the audit's verdict, the over-assignment, and the
/// probability of reaching the target when a simulation has run (otherwise a note that it needs one).
/// </summary>
public static class ReportHeadline
{
    /// <summary>The headline figures: label, value and an optional detail line.</summary>
    public static IReadOnlyList<(string Label, string Value, string? Detail)> Figures(ReportContent content, ChartOptions options)
    {
        Preconditions.NotNull(content);
        Preconditions.NotNull(options);
        var o = options;
        var facts = content.Plan.Facts;
        var d = content.Decomposition;
        var figures = new List<(string, string, string?)>
        {
            (o.Text($"{facts.PlanYear} 年目標", $"{facts.PlanYear} target"), o.FormatAmount(d.Root.Amount),
                o.Text($"去年 {o.FormatAmount(facts.LastYearSales)}，增長 {Formats.Percent(facts.ImpliedGrowth)}", $"last year {o.FormatAmount(facts.LastYearSales)}, growth {Formats.Percent(facts.ImpliedGrowth)}")),
        };
        foreach (var line in d.Root.Children)
        {
            figures.Add((ReportText.Name(o, line.Node), o.FormatAmount(line.Amount), line.Node.Share is { } s ? o.Text($"占 {Formats.Percent(s)}", $"{Formats.Percent(s)} of the target") : null));
        }

        if (content.Risk is { } risk)
        {
            var target = o.FormatAmount(risk.Target);
            figures.Add((o.Text($"達標機率 P(≥ {target})", $"Probability of reaching {target}"), Formats.Percent(risk.ProbabilityOfHit),
                o.Text(
                    $"± {Formats.Points(risk.StandardError)} 個百分點（標準誤）；95% 區間 {Formats.Percent(risk.Lower95)} – {Formats.Percent(risk.Upper95)}；情景 {risk.Scenario}，{Formats.Count(risk.Trials)} 次模擬，種子 {risk.Seed.ToString(CultureInfo.InvariantCulture)}",
                    $"± {Formats.Points(risk.StandardError)} points (standard error); 95% interval {Formats.Percent(risk.Lower95)} – {Formats.Percent(risk.Upper95)}; scenario {risk.Scenario}, {Formats.Count(risk.Trials)} simulated years, seed {risk.Seed.ToString(CultureInfo.InvariantCulture)}")));
            figures.Add(("P10 / P50 / P90", $"{o.FormatEstimate(risk.P10)} / {o.FormatEstimate(risk.P50)} / {o.FormatEstimate(risk.P90)}", o.Text($"{o.UnitName}；平均 {o.FormatEstimate(risk.Mean)}", $"{o.UnitName}; mean {o.FormatEstimate(risk.Mean)}")));
        }
        else
        {
            var folder = content.PlanSource ?? "PLAN_DIR";
            figures.Add((o.Text("達標機率", "Probability of hitting the target"), o.Text("需要模擬", "needs a simulation"), o.Text(
                $"本報告只依據計劃書本身；用 analytics scenario draft {folder} 從計劃書自己的數據起草它的情景（{Scenarios.PlanScenario.FileName}，請檢查其中標明的假設），或以 --scenario 指定情景，即可顯示",
                $"this report rests on the plan alone; draft the plan's scenario from its own data with analytics scenario draft {folder} (it writes {Scenarios.PlanScenario.FileName}; review its labelled assumptions), or give a scenario with --scenario, to show it")));
        }

        if (content.InYear is { } inYear)
        {
            // One line for the year so far: P(target | year to date), as the in-year section gives it.
            var f = inYear.Forecast;
            var through = inYear.YearToDate.MonthsObserved == 0 ? o.Text("尚無月份", "no month yet") : CalendarMonths.Label(inYear.YearToDate.Year, inYear.YearToDate.MonthsObserved);
            figures.Add((o.Text($"已知年初至今（至 {through}）的達標機率", $"P(target | year to date through {through})"), Formats.Percent(f.Hit.Value),
                o.Text(
                    $"± {Formats.Points(f.Hit.StandardError)} 個百分點；已入帳 {o.FormatAmount(inYear.YearToDate.Company.Actual ?? 0)}；年初時 {Formats.Percent(inYear.PriorHit.Value)}{(inYear.OutsideScenario ? "；實際數據在情景預期之外，此為近似" : string.Empty)}",
                    $"± {Formats.Points(f.Hit.StandardError)} points; booked {o.FormatAmount(inYear.YearToDate.Company.Actual ?? 0)}; {Formats.Percent(inYear.PriorHit.Value)} before the year{(inYear.OutsideScenario ? "; the actuals lie outside the scenario: an approximation" : string.Empty)}")));
        }

        var audit = content.Audit;
        figures.Add((o.Text("審核", "Audit"), o.Text($"{audit.Count(Severity.Error)} 個錯誤，{audit.Count(Severity.Warning)} 個警告", $"{audit.Count(Severity.Error)} error(s), {audit.Count(Severity.Warning)} warning(s)"),
            audit.Findings.FirstOrDefault(f => f.Severity == Severity.Error) is { } first ? first.Rule + ": " + ReportText.Location(first.Location) : o.Text("計劃書前後一致", "the plan is consistent")));
        figures.Add((o.Text("個人目標合計 / 公司目標", "Personal targets / company target"), d.OverAssignmentRatio.ToString("0.###", CultureInfo.InvariantCulture) + " x", o.FormatAmount(d.PersonalTotal)));
        return figures;
    }


    /// <summary>The headline as plain text, one figure a line ("label: value (detail)").</summary>
    public static string Text(ReportContent content, ChartOptions options)
        => string.Join('\n', Figures(content, options).Select(f => f.Detail is null ? $"{f.Label}: {f.Value}" : $"{f.Label}: {f.Value} ({f.Detail})"));
}
