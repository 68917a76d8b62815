using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// Resampling observed values (the bootstrap): each draw is one of the observations, each with
/// probability 1/n, e.g. last year's order values. Moments are those of the observations
/// (variance with divisor n, the variance of the resampling distribution).
/// </summary>
public sealed class Empirical : Distribution
{
    private readonly double[] _sorted;

    /// <summary>Creates the distribution from <paramref name="observations"/> (at least one, each finite).</summary>
    public Empirical(IReadOnlyList<double> observations)
    {
        Preconditions.NotEmpty(observations);
        Preconditions.EachFinite(observations);

        _sorted = observations.Order().ToArray();
    }

    /// <summary>The observations, ascending.</summary>
    public IReadOnlyList<double> Observations => _sorted;

    /// <inheritdoc />
    public override double Mean => _sorted.Average();

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var mean = Mean;
            return _sorted.Sum(x => (x - mean) * (x - mean)) / _sorted.Length;
        }
    }

    /// <inheritdoc />
    public override double Minimum => _sorted[0];

    /// <inheritdoc />
    public override double Maximum => _sorted[^1];

    /// <inheritdoc />
    public override bool IsInteger => _sorted.All(v => v == Math.Floor(v));

    /// <inheritdoc />
    public override bool IsConstant => _sorted[0] == _sorted[^1];

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        // Number of observations <= x, by binary search for the first one above x.
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (double)lo / _sorted.Length;
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => _sorted[(int)UniformInteger.Below(ref rng, (ulong)_sorted.Length)];

    /// <inheritdoc />
    public override double Expectation(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return _sorted.Sum(f) / _sorted.Length;
    }

    /// <inheritdoc />
    public override string ToString()
        => $"Empirical({_sorted.Length} observations, mean {Format(Mean)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
        => _sorted[Math.Clamp((int)Math.Ceiling(probability * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
