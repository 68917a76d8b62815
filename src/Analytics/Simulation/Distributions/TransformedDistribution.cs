using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// A distribution moved by a monotone increasing map of its values: a draw is the base
/// distribution's draw, mapped. The base consumes the generator exactly as it would alone, so a
/// scenario with an input transformed runs on the same uniforms as the original (common random
/// numbers, trial by trial) and quantiles map to quantiles. Used for goal seek (raise a win rate's
/// odds, scale the market) and for the quarterly rule's policy (raise a win probability by 10 points).
/// </summary>
public sealed class TransformedDistribution : Distribution
{
    private readonly Lazy<(double Mean, double Variance)> _moments;

    /// <summary>Creates the transformed distribution.</summary>
    /// <param name="baseDistribution">The distribution whose draws are mapped.</param>
    /// <param name="transform">The map.</param>
    /// <param name="parameter">c for <see cref="Transform.Scale"/> (finite, &gt; 0); δ for <see cref="Transform.LogOddsShift"/> (finite); δ for <see cref="Transform.CappedShift"/> (in [0, 1]).</param>
    public TransformedDistribution(Distribution baseDistribution, Transform transform, double parameter)
    {
        Base = Preconditions.NotNull(baseDistribution);
        Kind = Enum.IsDefined(transform) ? transform : throw new ArgumentOutOfRangeException(nameof(transform), $"transform must be Scale, LogOddsShift or CappedShift; was {transform}.");
        Parameter = transform switch
        {
            Transform.Scale => Preconditions.Positive(parameter),
            Transform.LogOddsShift => Preconditions.Finite(parameter),
            _ => Preconditions.Probability(parameter),
        };
        if (transform != Transform.Scale && (Base.Minimum < 0 || Base.Maximum > 1))
        {
            throw new ArgumentException($"baseDistribution must be a probability (values in [0, 1]) for {transform}; was {Base}.", nameof(baseDistribution));
        }

        _moments = new(() =>
        {
            var mean = Base.Expectation(Map);
            return (mean, Math.Max(0, Base.Expectation(x => (Map(x) - mean) * (Map(x) - mean))));
        });
    }

    /// <summary>The distribution whose draws are mapped.</summary>
    public Distribution Base { get; }

    /// <summary>The map.</summary>
    public Transform Kind { get; }

    /// <summary>The map's parameter (c or δ).</summary>
    public double Parameter { get; }

    /// <inheritdoc />
    public override double Mean => _moments.Value.Mean;

    /// <inheritdoc />
    public override double Variance => _moments.Value.Variance;

    /// <inheritdoc />
    public override double Minimum => Map(Base.Minimum);

    /// <inheritdoc />
    public override double Maximum => Map(Base.Maximum);

    /// <inheritdoc />
    public override bool IsConstant => Base.IsConstant;

    /// <summary>The map applied to one value of the base distribution.</summary>
    public double Map(double x) => Map(Kind, Parameter, x);

    /// <summary>The map <paramref name="transform"/> with <paramref name="parameter"/> applied to <paramref name="x"/>.</summary>
    public static double Map(Transform transform, double parameter, double x) => transform switch
    {
        Transform.Scale => parameter * x,
        Transform.LogOddsShift => x <= 0 ? 0 : x >= 1 ? 1 : 1 / (1 + (Math.Exp(-parameter) * (1 - x) / x)),
        _ => Math.Min(1, x + parameter),
    };

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (x < Minimum)
        {
            return 0;
        }

        if (x >= Maximum)
        {
            return 1;
        }

        return Base.Cdf(Kind switch
        {
            Transform.Scale => x / Parameter,
            Transform.LogOddsShift => x <= 0 ? 0 : 1 / (1 + (Math.Exp(Parameter) * (1 - x) / x)),
            _ => x - Parameter,
        });
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Map(Base.Sample(ref rng));

    /// <inheritdoc />
    public override void Samples<TRandom>(ref TRandom rng, Span<double> destination)
    {
        Base.Samples(ref rng, destination);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Map(destination[i]);
        }
    }

    /// <inheritdoc />
    public override double Expectation(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Base.Expectation(x => f(Map(x)));
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        Transform.Scale => $"{Format(Parameter)} × {Base}",
        Transform.LogOddsShift => $"{Base} with odds × {Format(Math.Exp(Parameter))}",
        _ => $"min(1, {Base} + {Format(Parameter)})",
    };

    /// <inheritdoc />
    protected override double Quantile(double probability) => Map(Base.InverseCdf(probability));
}
