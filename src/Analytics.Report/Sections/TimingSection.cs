using Analytics.Charts;
using Analytics.Common;
using Analytics.Report.Blocks;

namespace Analytics.Report.Sections;

/// <summary>
/// The year month by month under simulation: the fan of cumulative revenue against the plan's
/// cumulative target, the plan's quarterly rule (how often a quarter falls under its threshold and
/// what that says about the year), and what the plan's response to it is worth as a policy.
/// Absent until the quarterly-rule analysis has run (it needs the scenario's timing, its
/// <c>phasing</c> section).
/// </summary>
public sealed class TimingSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "timing";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("全年節奏與季度規則", "The year month by month, and the quarterly rule");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content is not null && (content.Fan is not null || content.QuarterRules is not null);

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var t = content.Trigger;
        if (t is not null)
        {
            TriggerBlocks.Intro(writer, t);
        }

        if (content.Fan is { } fan)
        {
            writer.Chart("fan", SalesCharts.FanChart(fan, o));
        }

        if (content.QuarterRules is { Count: > 0 } rules)
        {
            // The threshold is the analysis's, else the plan's own quarterly re-plan rule; the report never assumes one.
            if ((t?.Threshold ?? PlanThreshold(content)) is { } threshold)
            {
                writer.Heading(o.Text($"季度規則：單季低於目標的 {Formats.Percent(threshold)} 時觸發", $"The quarterly rule: it fires when a quarter is under {Formats.Percent(threshold)} of its target"));
                writer.Chart("quarterly-rule", SalesCharts.QuarterlyRule(rules, threshold, o));
            }
            else
            {
                writer.Heading(o.Text("季度規則", "The quarterly rule"));
                writer.Paragraph(o.Text("計劃沒有列出季度完成率的重新規劃規則，所以這裡不標出觸發的門檻。", "The plan states no quarterly completion re-plan rule, so no firing threshold is shown here."), note: true);
            }

            TriggerBlocks.Firing(writer, rules);
        }

        if (t is not null)
        {
            TriggerBlocks.Policy(writer, t);
        }
    }

    // The plan's quarter-completion re-plan rule (replan_rules.csv), or null when it states none.
    private static double? PlanThreshold(ReportContent content)
        => content.Plan.ReplanRules.FirstOrDefault(r => r.Period == "quarter" && r.Metric == "completion") is { } rule ? (double)rule.Threshold : null;
}
