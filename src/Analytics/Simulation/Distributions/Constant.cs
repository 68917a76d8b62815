using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>A degenerate distribution: always <see cref="Value"/>. Draws consume no random numbers.</summary>
public sealed class Constant : Distribution
{
    /// <summary>Creates the constant <paramref name="value"/> (any finite number).</summary>
    public Constant(double value) => Value = Preconditions.Finite(value);

    /// <summary>The only possible value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Variance => 0;

    /// <inheritdoc />
    public override double Minimum => Value;

    /// <inheritdoc />
    public override double Maximum => Value;

    /// <inheritdoc />
    public override bool IsConstant => true;

    /// <inheritdoc />
    public override bool IsInteger => Value == Math.Floor(Value);

    /// <inheritdoc />
    public override double Cdf(double x) => x >= Value ? 1 : 0;

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Value;

    /// <inheritdoc />
    public override void Samples<TRandom>(ref TRandom rng, Span<double> destination) => destination.Fill(Value);

    /// <inheritdoc />
    public override double Expectation(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f(Value);
    }

    /// <inheritdoc />
    public override string ToString() => $"Constant({Format(Value)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => Value;
}
