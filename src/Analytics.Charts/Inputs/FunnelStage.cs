using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One stage of one industry's sales funnel (leads, qualified, proposals, wins, ...).</summary>
/// <param name="Group">The funnel it belongs to, e.g. the industry "3C 電子 / 3C electronics".</param>
/// <param name="Stage">The stage, e.g. "線索 / leads"; stages are drawn in the order they first appear.</param>
/// <param name="Count">How many (leads, deals or customers) reach the stage, &gt;= 0.</param>
public sealed record FunnelStage(BilingualText Group, BilingualText Stage, double Count)
{
    /// <summary>The funnel (industry).</summary>
    public BilingualText Group { get; } = Preconditions.NotNull(Group);

    /// <summary>The stage.</summary>
    public BilingualText Stage { get; } = Preconditions.NotNull(Stage);

    /// <summary>Count at the stage, non-negative.</summary>
    public double Count { get; } = Preconditions.NonNegative(Count);
}
