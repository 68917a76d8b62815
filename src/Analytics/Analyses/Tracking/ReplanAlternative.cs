using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// One way to answer a firing of the quarterly rule, judged on the same weighted trials as every
/// other (common random numbers): P(annual target | observed) under it, its paired difference from
/// changing nothing, and each line's chance of its own remaining target.
/// </summary>
/// <param name="Id">"no-change", "rephase-plan", "rephase-momentum" or "benchmark-focus".</param>
/// <param name="Description">What it does and how its revenue is modelled, in words.</param>
/// <param name="Hit">P(annual &gt;= target | observed) under it.</param>
/// <param name="AgainstNoChange">Its paired difference from no change (P(hit), mean revenue, P(more revenue)), or null for no change itself.</param>
/// <param name="Lines">Each line's remaining target under it and the chance of reaching it.</param>
public sealed record ReplanAlternative(string Id, string Description, Estimate Hit, PairedDifference? AgainstNoChange, IReadOnlyList<LineTargetChance> Lines)
{
    /// <summary>The alternative that keeps the plan's targets and does nothing.</summary>
    public const string NoChange = "no-change";

    /// <summary>Re-phasing in the plan's proportions.</summary>
    public const string RephasePlan = "rephase-plan";

    /// <summary>Re-phasing by momentum.</summary>
    public const string RephaseMomentum = "rephase-momentum";

    /// <summary>The scenario's benchmark push from now on.</summary>
    public const string BenchmarkFocus = "benchmark-focus";
}
