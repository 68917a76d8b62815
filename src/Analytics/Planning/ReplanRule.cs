using Analytics.Common;

namespace Analytics.Planning;

/// <summary>One step of a re-plan rule (replan_rules.csv): when a period's completion falls below the threshold, take this action.</summary>
/// <param name="Id">The rule; several rows with one id are the rule's steps.</param>
/// <param name="Period">The period checked ("quarter").</param>
/// <param name="Metric">What is compared with the threshold ("completion" = actual / target).</param>
/// <param name="Threshold">The threshold (fraction, 0.80 = 80%).</param>
/// <param name="Step">The step's order within the rule.</param>
/// <param name="ActionZh">The action (Chinese).</param>
/// <param name="ActionEn">The action (English).</param>
/// <param name="Source">Where the row was read.</param>
public sealed record ReplanRule(string Id, string Period, string Metric, decimal Threshold, int Step, string ActionZh, string ActionEn, SourceLocation Source)
{
    /// <summary>The threshold (fraction).</summary>
    public decimal Threshold { get; } = Preconditions.Share(Threshold);
}
