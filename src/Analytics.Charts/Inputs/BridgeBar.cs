using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// One bar of the growth bridge (waterfall): a total (last year's sales, this year's target) or
/// a step between totals (market growth, share gain, renewals, the new product, ...).
/// </summary>
/// <param name="Label">The bar's label.</param>
/// <param name="Value">萬元: for a total, its level; for a step, the change it contributes (negative for a loss).</param>
/// <param name="IsTotal">Whether the bar is a total drawn from zero rather than a step.</param>
public sealed record BridgeBar(BilingualText Label, double Value, bool IsTotal)
{
    /// <summary>The bar's label.</summary>
    public BilingualText Label { get; } = Preconditions.NotNull(Label);

    /// <summary>萬元, finite.</summary>
    public double Value { get; } = Preconditions.Finite(Value);
}
