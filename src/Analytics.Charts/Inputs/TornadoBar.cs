using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// One input of a one-at-a-time sensitivity (tornado): the result when the input sits at the
/// low and at the high end of its range, all else at base.
/// </summary>
/// <param name="Input">The input's name, e.g. "新客贏單率 / new-customer win rate".</param>
/// <param name="Low">The result with the input at its low end (a probability or an amount in 萬元, as the chart is told).</param>
/// <param name="High">The result with the input at its high end.</param>
/// <param name="Range">Optional description of the range tested, e.g. "10%-20%".</param>
public sealed record TornadoBar(BilingualText Input, double Low, double High, BilingualText? Range = null)
{
    /// <summary>The input's name.</summary>
    public BilingualText Input { get; } = Preconditions.NotNull(Input);

    /// <summary>The result at the input's low end, finite.</summary>
    public double Low { get; } = Preconditions.Finite(Low);

    /// <summary>The result at the input's high end, finite.</summary>
    public double High { get; } = Preconditions.Finite(High);
}
