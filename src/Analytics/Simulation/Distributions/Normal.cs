using Analytics.Common;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Distributions;

/// <summary>The normal distribution N(mean, sd²). Sampled with the ziggurat of <see cref="StandardNormal"/>.</summary>
public sealed class Normal : Distribution
{
    /// <summary>Creates N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    /// <param name="mean">Any finite number.</param>
    /// <param name="standardDeviation">A finite number &gt; 0 (use <see cref="Constant"/> for no spread).</param>
    public Normal(double mean, double standardDeviation)
    {
        Location = Preconditions.Finite(mean);
        Scale = Preconditions.Positive(standardDeviation);
    }

    /// <summary>The mean parameter.</summary>
    public double Location { get; }

    /// <summary>The standard deviation parameter (&gt; 0).</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public override double Mean => Location;

    /// <inheritdoc />
    public override double Variance => Scale * Scale;

    /// <inheritdoc />
    public override double Minimum => double.NegativeInfinity;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x) => StandardNormal.Cdf((x - Location) / Scale);

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Sample(ref rng, Location, Scale);

    /// <inheritdoc />
    public override void Samples<TRandom>(ref TRandom rng, Span<double> destination)
    {
        StandardNormal.Fill(ref rng, destination);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Location + (Scale * destination[i]);
        }
    }

    /// <summary>One draw of N(mean, sd²) without building an object (parameters not checked: hot path).</summary>
    public static double Sample<TRandom>(ref TRandom rng, double mean, double standardDeviation)
        where TRandom : struct, IRandomSource
        => mean + (standardDeviation * StandardNormal.Sample(ref rng));

    /// <inheritdoc />
    public override string ToString() => $"Normal(mean {Format(Location)}, sd {Format(Scale)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => Location + (Scale * StandardNormal.InverseCdf(probability));
}
