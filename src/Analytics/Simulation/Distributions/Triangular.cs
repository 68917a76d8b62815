using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>The triangular distribution on [min, max] with its peak at mode. Sampled by inversion (one uniform per draw).</summary>
public sealed class Triangular : Distribution
{
    /// <summary>Creates Triangular(<paramref name="min"/>, <paramref name="mode"/>, <paramref name="max"/>).</summary>
    /// <param name="min">Lower end: any finite number.</param>
    /// <param name="mode">Most likely value: in [<paramref name="min"/>, <paramref name="max"/>].</param>
    /// <param name="max">Upper end: a finite number &gt; <paramref name="min"/>.</param>
    public Triangular(double min, double mode, double max)
    {
        Lower = Preconditions.Finite(min);
        Upper = Preconditions.GreaterThan(max, min);
        Mode = Preconditions.InRange(mode, min, max);
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double Mean => (Lower + Mode + Upper) / 3;

    /// <inheritdoc />
    public override double Variance
        => ((Lower * Lower) + (Mode * Mode) + (Upper * Upper) - (Lower * Mode) - (Lower * Upper) - (Mode * Upper)) / 18;

    /// <inheritdoc />
    public override double Minimum => Lower;

    /// <inheritdoc />
    public override double Maximum => Upper;

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (x <= Lower)
        {
            return 0;
        }

        if (x >= Upper)
        {
            return 1;
        }

        var range = Upper - Lower;
        return x <= Mode
            ? (x - Lower) * (x - Lower) / (range * (Mode - Lower))
            : 1 - ((Upper - x) * (Upper - x) / (range * (Upper - Mode)));
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Quantile(rng.NextDouble());

    /// <inheritdoc />
    public override string ToString() => $"Triangular({Format(Lower)}, {Format(Mode)}, {Format(Upper)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
    {
        var range = Upper - Lower;
        var split = (Mode - Lower) / range;
        return probability < split
            ? Lower + Math.Sqrt(probability * range * (Mode - Lower))
            : Upper - Math.Sqrt((1 - probability) * range * (Upper - Mode));
    }
}
