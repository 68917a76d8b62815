using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// One complete quarter of the year observed, against the plan's quarter target, and the plan's
/// quarterly re-plan rule on it: it fires when the completion is under the threshold.
/// </summary>
/// <param name="Quarter">1-4.</param>
/// <param name="Target">The company's target for the quarter (the decomposition's phasing), 萬元.</param>
/// <param name="Actual">Booked in the quarter, 萬元.</param>
/// <param name="Threshold">The rule's threshold (e.g. 0.80), or null when the plan states no quarterly completion rule.</param>
public sealed record QuarterProgress(int Quarter, decimal Target, decimal Actual, decimal? Threshold)
{
    /// <summary>The quarter (validated: 1-4).</summary>
    public int Quarter { get; } = Preconditions.InRange(Quarter, 1, CalendarQuarters.Count);

    /// <summary>The target (validated: &gt;= 0).</summary>
    public decimal Target { get; } = Preconditions.NonNegative(Target);

    /// <summary>The actual (validated: &gt;= 0).</summary>
    public decimal Actual { get; } = Preconditions.NonNegative(Actual);

    /// <summary>Actual / target (null for a quarter with no target).</summary>
    public double? Completion => Target > 0 ? (double)(Actual / Target) : null;

    /// <summary>Whether the rule fired (completion under the threshold), or null without a rule or a target.</summary>
    public bool? Fired => Threshold is { } t && Target > 0 ? Actual < t * Target : null;

    /// <summary>How far the quarter fell short of the rule's line, threshold × target − actual, 萬元 (negative: above the line), or null without a rule.</summary>
    public decimal? ShortOfThreshold => Threshold is { } t ? (t * Target) - Actual : null;
}
