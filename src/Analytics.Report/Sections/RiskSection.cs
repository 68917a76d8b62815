using System.Globalization;
using Analytics.Charts.Adapters;
using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>
/// The plan's risk under simulation: how the run was made, the distribution of the year's revenue
/// against the target, each business line's chance of reaching its sub-target, and the tornado of
/// the inputs the outcome hangs on. Absent until a simulation or the sensitivity analysis has run.
/// </summary>
public sealed class RiskSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "risk";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("風險：達成目標的機率", "Risk: the chance of reaching the target");

    /// <inheritdoc />
    public override bool Applies(ReportContent content)
        => content is not null && (content.Risk is not null || content.Distribution is not null || content.Streams is not null || content.Sensitivity is not null);

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        if (content.Risk is { } r)
        {
            var trials = Formats.Count(r.Trials);
            var seed = r.Seed.ToString(CultureInfo.InvariantCulture);
            var hash = r.ScenarioHash.Length > 12 ? r.ScenarioHash[..12] : r.ScenarioHash;
            string Estimate(double wanYuan) => o.FormatEstimate(wanYuan) + " " + o.UnitName;
            writer.Paragraph(o.Text(
                $"以情景「{r.Scenario}」（檔案 SHA-256 {hash}…）模擬 {trials} 個年度（蒙地卡羅，種子 {seed}）：全年銷售達到 {o.FormatAmount(r.Target)} 的機率為 {Formats.Percent(r.ProbabilityOfHit)}，標準誤 {Formats.Points(r.StandardError)} 個百分點，95% 區間 {Formats.Percent(r.Lower95)} – {Formats.Percent(r.Upper95)}。十年裡大約有一年低於 {Estimate(r.P10)}（P10），一半的年份高於 {Estimate(r.P50)}（P50），十年裡大約有一年高於 {Estimate(r.P90)}（P90）。",
                $"Scenario \"{r.Scenario}\" (file SHA-256 {hash}…) simulated over {trials} years (Monte Carlo, seed {seed}): the year's revenue reaches {o.FormatAmount(r.Target)} with probability {Formats.Percent(r.ProbabilityOfHit)}, standard error {Formats.Points(r.StandardError)} points, 95% interval {Formats.Percent(r.Lower95)} – {Formats.Percent(r.Upper95)}. About one year in ten falls below {Estimate(r.P10)} (P10), half the years exceed {Estimate(r.P50)} (P50), and about one in ten exceeds {Estimate(r.P90)} (P90)."));
        }

        if (content.Distribution is { } distribution)
        {
            writer.Chart("distribution", SalesCharts.OutcomeDistribution(distribution, o));
            writer.Paragraph(
                o.Text(
                    $"柱狀圖是每一銷售區間的年份占比（畫出中間 {Formats.Percent(OutcomeDistributions.DrawnShare)} 的年份），S 曲線是銷售額不超過某一數值的機率；目標線右側的面積就是達標機率。",
                    $"The bars are the share of simulated years in each band of revenue (the middle {Formats.Percent(OutcomeDistributions.DrawnShare)} of years are drawn); the S-curve is the probability that revenue is at most a value; the area right of the target line is the probability of reaching it."),
                note: true);
        }

        if (content.Streams is { Count: > 0 } streams)
        {
            writer.Heading(o.Text("各業務類型達成子目標的機率", "Each business line against its sub-target"));
            writer.Table(
                [
                    o.Text("業務類型", "Business line"),
                    ">" + o.Text($"子目標（{o.UnitName}）", $"sub-target ({o.UnitName})"),
                    ">" + o.Text("平均", "mean"),
                    ">P10",
                    ">P50",
                    ">P90",
                    ">" + o.Text("達成子目標的機率", "P(reach sub-target)"),
                    ">" + o.Text("標準誤（百分點）", "standard error (points)"),
                ],
                streams.Select(s => (IReadOnlyList<string>)
                [
                    o.Text(s.Name),
                    o.FormatNumber(s.Target),
                    o.FormatEstimate(s.Mean),
                    o.FormatEstimate(s.P10),
                    o.FormatEstimate(s.P50),
                    o.FormatEstimate(s.P90),
                    Formats.Percent(s.ProbabilityOfTarget),
                    Formats.Points(s.StandardError),
                ]),
                "streams");
            writer.Paragraph(
                o.Text(
                    "各業務類型的機率不能相乘得出全年的達標機率：一條線超額可以補另一條線的缺口，而共同的市場因素又使它們一起好、一起差。全年的機率直接由模擬的總額計算。",
                    "The lines' probabilities do not multiply into the year's: one line's surplus can cover another's shortfall, and the shared market factor makes them rise and fall together. The year's probability is counted on the simulated total directly."),
                note: true);
        }

        if (content.Sensitivity is { } s)
        {
            writer.Heading(o.Text("結果取決於哪些假設（龍捲風圖）", "Which assumptions the outcome hangs on (tornado)"));
            writer.Chart("tornado", SalesCharts.Tornado(s.Bars, s.Baseline, s.Metric, o));
            if (content.Drivers is { } d)
            {
                Blocks.SensitivityBlocks.Drivers(writer, d, content.Risk?.ProbabilityOfHit, Scenarios.InputLabels.For(content.Decomposition.Plan).Of);
            }
        }
    }
}
