using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>The continuous uniform distribution on [min, max).</summary>
public sealed class Uniform : Distribution
{
    /// <summary>Creates U(<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="min">Lower end: any finite number.</param>
    /// <param name="max">Upper end: a finite number &gt; <paramref name="min"/>.</param>
    public Uniform(double min, double max)
    {
        Lower = Preconditions.Finite(min);
        Upper = Preconditions.GreaterThan(max, min);
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double Mean => (Lower + Upper) / 2;

    /// <inheritdoc />
    public override double Variance => (Upper - Lower) * (Upper - Lower) / 12;

    /// <inheritdoc />
    public override double Minimum => Lower;

    /// <inheritdoc />
    public override double Maximum => Upper;

    /// <inheritdoc />
    public override double Cdf(double x) => x <= Lower ? 0 : x >= Upper ? 1 : (x - Lower) / (Upper - Lower);

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Lower + ((Upper - Lower) * rng.NextDouble());

    /// <inheritdoc />
    public override string ToString() => $"Uniform({Format(Lower)}, {Format(Upper)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => Lower + ((Upper - Lower) * probability);
}
