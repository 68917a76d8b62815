using System.Globalization;
using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Charts.Adapters;
using Analytics.Common;
using Analytics.Report.Blocks;

namespace Analytics.Interactive.Formatters;

/// <summary>
/// HTML views of the analyses' results as notebook cells display them. The split, quarterly-rule
/// and tornado wording is the owner's report's own (<see cref="SplitBlocks"/>, <see cref="TriggerBlocks"/>,
/// <see cref="SensitivityBlocks"/>); streams are named by their ids here, the scenario knows no plan.
/// </summary>
public static class AnalysisHtml
{
    /// <summary>A split analysis: how it was run, the plan's, the best and the risk-balanced split, the paired comparisons and each stream's sub-target risk.</summary>
    public static string Splits(SplitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            SplitBlocks.Intro(w, result, null);
            SplitBlocks.Named(w, result);
            SplitBlocks.Paired(w, result);
            SplitBlocks.SubTargets(w, result, s => s);
        });
    }

    /// <summary>The best split under each version of the response assumption, and what holds in all of them.</summary>
    public static string Robustness(ResponseRobustnessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w => SplitBlocks.Robustness(w, result, s => s, null));
    }

    /// <summary>A sensitivity analysis: the tornado in words and as a table, the rank correlations, the Sobol indices (when computed) and the analysis's notes.</summary>
    public static string Sensitivity(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            if (result.Tornado.Count > 0)
            {
                SensitivityBlocks.Drivers(w, result, null);
                w.Table(
                    [o.Text("輸入", "input"), ">P10", ">P90", ">" + o.Text("P10 時的達標機率", "P(hit) at P10"), ">" + o.Text("P90 時的達標機率", "P(hit) at P90"), ">" + o.Text("擺幅（百分點）", "swing (points)")],
                    result.Tornado.Select(r => (IReadOnlyList<string>)
                    [
                        r.Input,
                        Number(r.Low),
                        Number(r.High),
                        Formats.Percent(r.HitAtLow.Value),
                        Formats.Percent(r.HitAtHigh.Value),
                        Formats.Points(r.HitSwing, 1),
                    ]));
            }

            if (result.SobolHit.Count > 0)
            {
                w.Heading(o.Text("Sobol 指數（達標與否 / 全年銷售）", "Sobol indices (hitting the target / the year's revenue)"));
                w.Table(
                    [o.Text("輸入", "input"), ">" + o.Text("S 達標", "S hit"), ">" + o.Text("ST 達標", "ST hit"), ">" + o.Text("S 銷售", "S revenue"), ">" + o.Text("ST 銷售", "ST revenue")],
                    result.SobolHit.Select(h =>
                    {
                        var t = result.SobolTotal.FirstOrDefault(x => x.Input == h.Input);
                        return (IReadOnlyList<string>)
                        [
                            h.Input,
                            Index(h.FirstOrder.Value, h.FirstOrderInterval),
                            Index(h.TotalOrder.Value, h.TotalOrderInterval),
                            t is null ? string.Empty : Index(t.FirstOrder.Value, t.FirstOrderInterval),
                            t is null ? string.Empty : Index(t.TotalOrder.Value, t.TotalOrderInterval),
                        ];
                    }));
            }

            w.List(result.Notes);
        });
    }

    /// <summary>The quarterly rule: how the paths were made, each quarter's firing probabilities and conditional P(hit), and the policy's value.</summary>
    public static string Trigger(TriggerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            TriggerBlocks.Intro(w, result);
            w.Table(
                [o.Text("季度", "quarter"), ">" + o.Text("目標", "target"), ">" + o.Text("平均銷售", "mean revenue"), ">" + o.Text("觸發機率", "P(fires)"), ">" + o.Text("重新分配時", "with re-plan"), ">" + o.Text("觸發時全年達標", "P(hit | fired)"), ">" + o.Text("未觸發時全年達標", "P(hit | not fired)"), ">" + o.Text("年初至今完成率 P10 / P50 / P90", "YTD completion P10 / P50 / P90")],
                result.Quarters.Select(q => (IReadOnlyList<string>)
                [
                    $"Q{q.Quarter}",
                    o.FormatNumber(q.Target),
                    o.FormatEstimate(q.ExpectedRevenue.Value),
                    Formats.Percent(q.Firing.Value),
                    Formats.Percent(q.FiringWithReplan.Value),
                    q.HitGivenFired is { } f ? Formats.Percent(f.Value) : string.Empty,
                    q.HitGivenNotFired is { } n ? Formats.Percent(n.Value) : string.Empty,
                    $"{Formats.Percent(q.YearToDate.P10)} / {Formats.Percent(q.YearToDate.P50)} / {Formats.Percent(q.YearToDate.P90)}",
                ]));
            TriggerBlocks.Firing(w, QuarterRules.From(result));
            TriggerBlocks.Policy(w, result);
            w.List(result.Timing);
        });
    }

    /// <summary>A goal seek: the value found with its Monte Carlo error (or that the level is out of reach, or met across the whole range), and P(hit) along the scan.</summary>
    public static string GoalSeek(GoalSeekResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            var required = Formats.Percent(result.Required);
            w.Figures(
            [
                (o.Text($"達標機率 {required} 需要", $"For P(hit) = {required}"),
                    result.Value is { } v ? Number(v) + (result.ValueError is { } e ? " ± " + Number(e) : string.Empty) : Math.Min(result.AtLower.Value, result.AtUpper.Value) >= result.Required ? o.Text("整個範圍都已達到", "met across the range") : o.Text("達不到", "out of reach"),
                    result.Baseline is { } b ? o.Text($"現在 {Number(b)}，達標機率 {(result.AtBaseline is { } p ? Formats.Percent(p.Value) : "-")}", $"today {Number(b)}, P(hit) {(result.AtBaseline is { } q ? Formats.Percent(q.Value) : "-")}") : null),
            ]);
            w.Paragraph(result.Lever);
            w.Paragraph(result.Message);
            w.Table(
                [o.Text("槓桿的值", "lever value"), ">" + o.Text("達標機率", "P(hit)"), ">" + o.Text("標準誤（百分點）", "SE (points)")],
                result.Curve.Select(c => (IReadOnlyList<string>)[Number(c.Value), Formats.Percent(c.Probability.Value), Formats.Points(c.Probability.StandardError)]));
            w.Paragraph(
                o.Text(
                    $"誤差是蒙地卡羅標準誤（delta 法：P 的標準誤除以 P 在答案處的斜率）；搜尋用了 {result.Evaluations} 次模擬，同一種子。",
                    $"The error is the Monte Carlo standard error (delta method: P's standard error over P's slope at the answer); the search ran {result.Evaluations} simulations on one seed."),
                note: true);
        });
    }

    /// <summary>The budget: each line's amount, attributed revenue and revenue per 萬元 (mean, P10, P90), and how to read them.</summary>
    public static string Budget(BudgetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            w.Table(
                [o.Text("預算項目", "budget line"), ">" + o.Text($"金額（{o.UnitName}）", $"amount ({o.UnitName})"), ">" + o.Text("歸因銷售（平均）", "attributed revenue (mean)"), ">" + o.Text("每萬元：平均", "per 萬元: mean"), ">P10", ">P90", o.Text("說明", "note")],
                result.Lines.Select(l => (IReadOnlyList<string>)
                [
                    l.Id,
                    o.FormatNumber(l.Amount),
                    l.Revenue is { } r ? o.FormatEstimate(r.Value) : string.Empty,
                    l.PerUnit is { } u ? u.Value.ToString("0.0", CultureInfo.InvariantCulture) : o.Text("無法歸因", "not attributable"),
                    l.PerUnitP10 is { } p10 ? p10.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty,
                    l.PerUnitP90 is { } p90 ? p90.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty,
                    l.Note ?? string.Empty,
                ]));
            w.List(result.Notes);
            w.Paragraph(o.Text($"{Formats.Count(result.Manifest.Trials)} 次模擬，種子 {result.Manifest.Seed.ToString(CultureInfo.InvariantCulture)}", $"{Formats.Count(result.Manifest.Trials)} trials, seed {result.Manifest.Seed.ToString(CultureInfo.InvariantCulture)}"), note: true);
        });
    }

    // Lever values and input quantiles span rates (0.15) and counts (270): whole above 1000, else four significant digits.
    private static string Number(double value) => Math.Abs(value) >= 1000
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Index(double value, (double Lower, double Upper) interval)
        => string.Create(CultureInfo.InvariantCulture, $"{value:0.000} [{interval.Lower:0.000}, {interval.Upper:0.000}]");
}
