using Analytics.Common;

namespace Analytics.Market;

/// <summary>What a bridge step stands for, so presentations can name it in any language.</summary>
public enum BridgeSource
{
    /// <summary>A step the bridge's maker named only in its label.</summary>
    Other,

    /// <summary>Existing customers: the plan's repurchase target against last year's sales.</summary>
    ExistingCustomers,

    /// <summary>New customers.</summary>
    NewCustomers,

    /// <summary>The new product.</summary>
    NewProduct,

    /// <summary>What the plan's sources leave unexplained.</summary>
    Unattributed,

    /// <summary>Market growth at a held share.</summary>
    MarketGrowth,

    /// <summary>Share gain.</summary>
    ShareGain,
}

/// <summary>One bar of a <see cref="GrowthBridge"/>.</summary>
/// <param name="Label">What the bar stands for, e.g. "new customers" (English).</param>
/// <param name="Amount">Its change, 萬元 (negative bars go down).</param>
/// <param name="Source">What it stands for, for labels in other languages (default <see cref="BridgeSource.Other"/>).</param>
/// <param name="Name">The plan's names of the one line the step stands for (a new product, when the plan has several), or null.</param>
public sealed record BridgeStep(string Label, decimal Amount, BridgeSource Source = BridgeSource.Other, BilingualText? Name = null);

/// <summary>
/// A waterfall from one figure to another: Start + the steps = End, exactly (decimal arithmetic, the
/// constructor refuses steps that do not add up), so a chart drawn from it never needs a fudge bar.
/// Exact for plan amounts (up to 10^12 萬元 with a few decimals); amounts carrying 28 significant
/// digits, such as an unrounded quotient, can miss by the last digit and are refused.
/// </summary>
public sealed record GrowthBridge
{
    /// <summary>Creates a bridge; the steps must add up to <paramref name="end"/> - <paramref name="start"/> exactly.</summary>
    /// <param name="start">The first bar, 萬元 (e.g. last year's sales).</param>
    /// <param name="steps">The changes, in order; not null, may be empty when start = end.</param>
    /// <param name="end">The last bar, 萬元 (e.g. the target).</param>
    public GrowthBridge(decimal start, IReadOnlyList<BridgeStep> steps, decimal end)
    {
        Preconditions.NotNull(steps);
        var sum = steps.Sum(s => s.Amount);
        if (start + sum != end)
        {
            throw new ArgumentException($"steps must add up to end - start = {Preconditions.Format(end - start)}; they add up to {Preconditions.Format(sum)}.", nameof(steps));
        }

        Start = start;
        Steps = steps.ToArray();
        End = end;
    }

    /// <summary>The first bar, 萬元.</summary>
    public decimal Start { get; }

    /// <summary>The changes, in order, 萬元.</summary>
    public IReadOnlyList<BridgeStep> Steps { get; }

    /// <summary>The last bar, 萬元: Start plus every step.</summary>
    public decimal End { get; }
}
