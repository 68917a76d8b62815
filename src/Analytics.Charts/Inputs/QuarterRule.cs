using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>The quarterly rule in one quarter, as the chart draws it: how often it fires and what a firing says about the year.</summary>
/// <param name="Quarter">1-4.</param>
/// <param name="Firing">P(the quarter falls under the threshold of its plan target), 0-1.</param>
/// <param name="FiringWithReplan">The same when each firing re-phases the rest of the target, or null.</param>
/// <param name="HitGivenFired">P(annual target | fired this quarter), or null when it never fired.</param>
/// <param name="HitGivenNotFired">P(annual target | not fired), or null when it always fired.</param>
public sealed record QuarterRule(int Quarter, double Firing, double? FiringWithReplan, double? HitGivenFired, double? HitGivenNotFired)
{
    /// <summary>The quarter, 1-4.</summary>
    public int Quarter { get; } = Preconditions.InRange(Quarter, 1, 4);

    /// <summary>P(fires), 0-1.</summary>
    public double Firing { get; } = Preconditions.Probability(Firing);

    /// <summary>P(fires) with re-plan, 0-1, or null.</summary>
    public double? FiringWithReplan { get; } = FiringWithReplan is { } p ? Preconditions.Probability(p, nameof(FiringWithReplan)) : null;

    /// <summary>P(hit | fired), 0-1, or null.</summary>
    public double? HitGivenFired { get; } = HitGivenFired is { } p1 ? Preconditions.Probability(p1, nameof(HitGivenFired)) : null;

    /// <summary>P(hit | not fired), 0-1, or null.</summary>
    public double? HitGivenNotFired { get; } = HitGivenNotFired is { } p2 ? Preconditions.Probability(p2, nameof(HitGivenNotFired)) : null;
}
