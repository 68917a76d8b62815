using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>One yes/no event with probability p: 1 with probability p, else 0.</summary>
public sealed class Bernoulli : CountDistribution
{
    /// <summary>Creates Bernoulli(<paramref name="p"/>).</summary>
    /// <param name="p">Probability of 1: in [0, 1].</param>
    public Bernoulli(double p) => P = Preconditions.Probability(p);

    /// <summary>The probability of 1.</summary>
    public double P { get; }

    /// <inheritdoc />
    public override double Mean => P;

    /// <inheritdoc />
    public override double Variance => P * (1 - P);

    /// <inheritdoc />
    public override int MinimumCount => 0;

    /// <inheritdoc />
    public override int MaximumCount => 1;

    /// <inheritdoc />
    public override bool IsConstant => P is 0 or 1;

    /// <inheritdoc />
    public override double Probability(int k) => k switch { 0 => 1 - P, 1 => P, _ => 0 };

    /// <inheritdoc />
    public override double Cdf(double x) => x < 0 ? 0 : x < 1 ? 1 - P : 1;

    /// <inheritdoc />
    public override int SampleCount<TRandom>(ref TRandom rng) => rng.NextDouble() < P ? 1 : 0;

    /// <inheritdoc />
    public override string ToString() => $"Bernoulli({Format(P)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => probability <= 1 - P ? 0 : 1;
}
