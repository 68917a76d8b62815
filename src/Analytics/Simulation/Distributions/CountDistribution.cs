using Analytics.Simulation.Random;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// A distribution on the integers (a count: customers, leads, orders). Adds the probability mass
/// function and integer samplers to <see cref="Distribution"/>.
/// </summary>
public abstract class CountDistribution : Distribution
{
    /// <inheritdoc />
    public override bool IsInteger => true;

    /// <summary>The smallest possible count.</summary>
    public abstract int MinimumCount { get; }

    /// <summary>The largest possible count (<see cref="int.MaxValue"/> when unbounded).</summary>
    public abstract int MaximumCount { get; }

    /// <inheritdoc />
    public override double Minimum => MinimumCount;

    /// <inheritdoc />
    public override double Maximum => MaximumCount == int.MaxValue ? double.PositiveInfinity : MaximumCount;

    /// <summary>P(X = <paramref name="k"/>).</summary>
    public abstract double Probability(int k);

    /// <summary>One draw.</summary>
    public abstract int SampleCount<TRandom>(ref TRandom rng)
        where TRandom : struct, IRandomSource;

    /// <summary>A guide table for inversion, when the distribution built one (fixed parameters, moderate range).</summary>
    private protected InversionTable? Table { get; init; }

    /// <summary>Fills <paramref name="destination"/> with independent draws: from the guide table when there is one (one uniform each), else one <see cref="SampleCount{TRandom}(ref TRandom)"/> at a time.</summary>
    public virtual void SampleCounts<TRandom>(ref TRandom rng, Span<int> destination)
        where TRandom : struct, IRandomSource
    {
        if (Table is not null)
        {
            Table.Fill(ref rng, destination);
            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = SampleCount(ref rng);
        }
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => SampleCount(ref rng);

    /// <summary>E[f(X)] as a sum over the support (cut where the remaining mass is below 1e-16).</summary>
    public override double Expectation(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var low = (int)InverseCdf(1e-17);
        var high = (int)InverseCdf(1 - 1e-16);
        var sum = 0.0;
        for (var k = low; k <= high; k++)
        {
            sum += Probability(k) * f(k);
        }

        return sum;
    }

    /// <summary>The smallest k in [<paramref name="low"/>, <paramref name="high"/>] with Cdf(k) &gt;= <paramref name="probability"/>, by bisection.</summary>
    protected int BisectQuantile(double probability, int low, int high)
    {
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (Cdf(mid) >= probability)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
