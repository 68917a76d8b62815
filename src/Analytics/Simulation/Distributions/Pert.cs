using Analytics.Common;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The PERT distribution on [min, max] with mode m: min + (max − min) · Beta(α, β) with
/// α = 1 + 4 (m − min)/(max − min), β = 1 + 4 (max − m)/(max − min); mean (min + 4m + max)/6.
/// </summary>
public sealed class Pert : Distribution
{
    /// <summary>Creates Pert(<paramref name="min"/>, <paramref name="mode"/>, <paramref name="max"/>).</summary>
    /// <param name="min">Lower end: any finite number.</param>
    /// <param name="mode">Most likely value: in [<paramref name="min"/>, <paramref name="max"/>].</param>
    /// <param name="max">Upper end: a finite number &gt; <paramref name="min"/>.</param>
    public Pert(double min, double mode, double max)
    {
        Lower = Preconditions.Finite(min);
        Upper = Preconditions.GreaterThan(max, min);
        Mode = Preconditions.InRange(mode, min, max);
        Alpha = 1 + (4 * (Mode - Lower) / (Upper - Lower));
        BetaShape = 1 + (4 * (Upper - Mode) / (Upper - Lower));
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <summary>The first shape α of the underlying beta.</summary>
    public double Alpha { get; }

    /// <summary>The second shape β of the underlying beta.</summary>
    public double BetaShape { get; }

    /// <inheritdoc />
    public override double Mean => (Lower + (4 * Mode) + Upper) / 6;

    /// <inheritdoc />
    public override double Variance => (Mean - Lower) * (Upper - Mean) / 7;

    /// <inheritdoc />
    public override double Minimum => Lower;

    /// <inheritdoc />
    public override double Maximum => Upper;

    /// <inheritdoc />
    public override double Cdf(double x)
        => x <= Lower ? 0 : x >= Upper ? 1 : SpecialFunctions.BetaRegularized(Alpha, BetaShape, (x - Lower) / (Upper - Lower));

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Lower + ((Upper - Lower) * Beta.Sample(ref rng, Alpha, BetaShape));

    /// <inheritdoc />
    public override string ToString() => $"Pert({Format(Lower)}, {Format(Mode)}, {Format(Upper)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
        => Lower + ((Upper - Lower) * MathNet.Numerics.Distributions.Beta.InvCDF(Alpha, BetaShape, probability));
}
