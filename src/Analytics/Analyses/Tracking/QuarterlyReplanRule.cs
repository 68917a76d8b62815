using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The plan's quarterly re-plan rule (replan_rules.csv rows with period "quarter" and metric
/// "completion"): when a quarter's completion falls under <see cref="Threshold"/>, take the steps in order.
/// </summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Threshold">The completion under which it fires (e.g. 0.80).</param>
/// <param name="Steps">Its steps, in order (at least one).</param>
public sealed record QuarterlyReplanRule(string Id, decimal Threshold, IReadOnlyList<ReplanRule> Steps)
{
    /// <summary>The steps (validated: at least one).</summary>
    public IReadOnlyList<ReplanRule> Steps { get; } = Preconditions.NotEmpty(Steps);

    /// <summary>The plan's quarterly completion rule (its first such rule), or null when it states none.</summary>
    public static QuarterlyReplanRule? Of(SalesPlan plan)
    {
        Preconditions.NotNull(plan);
        var steps = plan.ReplanRules.Where(r => r.Period == "quarter" && r.Metric == "completion").ToArray();
        if (steps.Length == 0)
        {
            return null;
        }

        var id = steps[0].Id;
        var rule = steps.Where(s => s.Id == id).OrderBy(s => s.Step).ToArray();
        return new QuarterlyReplanRule(id, rule[0].Threshold, rule);
    }
}
