using Analytics.Analyses.Trigger;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Report.Blocks;

/// <summary>The quarterly-rule analysis in words, for the owner's report and the notebooks alike.</summary>
public static class TriggerBlocks
{
    /// <summary>How the monthly paths were made (trials, seed) and how to read the fan.</summary>
    public static void Intro(ReportWriter writer, TriggerResult t)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(t);
        var o = writer.Options;
        var seed = t.Manifest.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Paragraph(o.Text(
            $"把每個模擬年度的銷售按情景的月度節奏（計劃的季度占比，加上各業務時間上的不確定）分到十二個月，共 {Formats.Count(t.Trials)} 個年度（種子 {seed}）。扇形圖是累計銷售的 P10–P90 區間與中位數，虛線是計劃的累計目標：中位數在虛線下方的月份，多數年份落後於計劃。",
            $"Each simulated year's revenue is spread over the twelve months by the scenario's timing (the plan's quarterly shares, with each line's timing uncertainty), {Formats.Count(t.Trials)} years (seed {seed}). The fan is the P10-P90 band and the median of cumulative revenue; the dashed line is the plan's cumulative target: in months where the median runs below it, most years are behind the plan."));
    }

    /// <summary>How often the rule fires by quarter, and (when the figures say so) that firing is the norm and that a firing lowers the year's chance.</summary>
    public static void Firing(ReportWriter writer, IReadOnlyList<QuarterRule> rules)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotEmpty(rules);
        var o = writer.Options;
        var firing = string.Join(o.Text("、", ", "), rules.Select(r => $"Q{r.Quarter} {Formats.Percent(r.Firing)}"));
        var often = rules.Where(r => r.Firing >= 0.5).Select(r => $"Q{r.Quarter}").ToArray();
        var paired = rules.Where(r => r.HitGivenFired is not null && r.HitGivenNotFired is not null).ToArray();
        var lower = paired.Length > 0 && paired.All(r => r.HitGivenFired < r.HitGivenNotFired);
        writer.Paragraph(o.Text(
            $"按計劃的季度目標，規則觸發的機率：{firing}。"
                + (often.Length > 0 ? $"{string.Join("、", often)} 觸發的機率在一半以上：在這個情景下，規則觸發不是例外，而是常態。" : string.Empty)
                + (lower ? "每一季觸發時的全年達標機率（叉號）都低於未觸發時（圓點）。" : string.Empty),
            $"Against the plan's quarterly targets the rule fires with probability {firing}. "
                + (often.Length > 0 ? $"In {string.Join(", ", often)} it fires in more than half of the years: under this scenario a firing is the norm, not the exception. " : string.Empty)
                + (lower ? "In every quarter the chance of the year's target is lower when the rule fired (crosses) than when it did not (circles)." : string.Empty)));
    }

    /// <summary>
    /// What the plan's response is worth as a policy and the policy in the analysis's words. As
    /// <see cref="TriggerAnalysis"/> computes it: the months after the first Q1-Q3 firing come from a
    /// separate run of the pushed scenario (same trials, same seed), and P(hit) with and without the
    /// policy is over all simulated years, not only those in which it acts.
    /// </summary>
    public static void Policy(ReportWriter writer, TriggerResult t)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(t);
        if (t.Policy is not { } p)
        {
            return;
        }

        var o = writer.Options;
        var trials = Formats.Count(t.Trials);
        writer.Paragraph(o.Text(
            $"計劃書的應對當作政策：它在 {Formats.Percent(p.FiresByQ3.Value)} 的年份啟動（第一到第三季中第一次觸發之後）。第一次觸發之後的月份取自推動後情景的另一次模擬（同樣 {trials} 個年度、同一種子，即共同隨機數）；在全部 {trials} 個模擬年份上，全年達標機率由 {Formats.Percent(p.Without.Value)} 變為 {Formats.Percent(p.With.Value)}，逐年配對的差別 {ReportText.PairedPoints(o, p.Value.ProbabilityDifference)}。同樣的推動若從一月起每年都做：{ReportText.PairedPoints(o, p.PushAllYear.ProbabilityDifference)}。",
            $"The plan's response, modelled as a policy: it acts in {Formats.Percent(p.FiresByQ3.Value)} of years (after the first firing in Q1-Q3). The months after that firing come from a separate run of the pushed scenario ({trials} years, the same seed: common random numbers); over all {trials} simulated years, P(hit) moves from {Formats.Percent(p.Without.Value)} to {Formats.Percent(p.With.Value)}, paired year by year {ReportText.PairedPoints(o, p.Value.ProbabilityDifference)}. The same push from January in every year: {ReportText.PairedPoints(o, p.PushAllYear.ProbabilityDifference)}."));
        if (p.WhenActs is { With: { } actsWith, Without: { } actsWithout })
        {
            // Over all years the push is diluted by the years it never touches; this is where it acts.
            var acts = Formats.Count(p.WhenActs.Trials);
            writer.Paragraph(o.Text(
                $"只看政策啟動的 {acts} 個年份：達標機率由 {Formats.Percent(actsWithout.Value)} 變為 {Formats.Percent(actsWith.Value)}。",
                $"In the {acts} years in which it acts, P(hit) moves from {Formats.Percent(actsWithout.Value)} to {Formats.Percent(actsWith.Value)}."));
        }

        writer.Paragraph(o.Text("政策（分析的原文）：", "The policy (as the analysis states it): ") + p.Description, note: true);
    }
}
