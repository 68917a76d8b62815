using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Repurchase;

namespace Analytics.Charts.Adapters;

/// <summary>Turns an installed base and its service life into the chart's <see cref="AgeBar"/>s: the base's own counts and the life's own q_a.</summary>
public static class AgeBars
{
    /// <summary>One bar per age of <paramref name="installedBase"/> (0 to its oldest), with the probability that a unit of that age is replaced this year.</summary>
    /// <param name="installedBase">Units by age.</param>
    /// <param name="life">The service life giving q_a.</param>
    public static IReadOnlyList<AgeBar> From(InstalledBase installedBase, WeibullLife life)
    {
        Preconditions.NotNull(installedBase);
        Preconditions.NotNull(life);
        return [.. installedBase.UnitsByAge.Select((units, age) => new AgeBar(age, units, life.ReplacementProbability(age)))];
    }
}
