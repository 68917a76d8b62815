using Analytics.Analyses.Trigger;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns the quarterly-rule analysis into the chart's <see cref="QuarterRule"/>s: each quarter's firing probabilities and conditional P(hit), as the analysis states them.</summary>
public static class QuarterRules
{
    /// <summary>One entry per quarter of <paramref name="result"/>; the re-plan bars are left out in Q1, where re-planning cannot have changed anything yet.</summary>
    public static IReadOnlyList<QuarterRule> From(TriggerResult result)
    {
        Preconditions.NotNull(result);
        return [.. result.Quarters.Select(q => new QuarterRule(q.Quarter, q.Firing.Value, q.Quarter > 1 ? q.FiringWithReplan.Value : null, q.HitGivenFired?.Value, q.HitGivenNotFired?.Value))];
    }
}
