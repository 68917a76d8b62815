using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The parametric bootstrap of a fit (Stute, Gonzáles Manteiga and Presedo Quindimil 1993): draw
/// samples of the data's size from the fitted distribution, refit each by maximum likelihood, and
/// compute the statistics of each refit, since with estimated parameters the statistics' textbook
/// null distributions do not hold. Replicate b draws from its own stream (seed, b, family), so the
/// result is the same whatever the number of threads.
/// </summary>
public static class ParametricBootstrap
{
    /// <summary>Runs <paramref name="replicates"/> replicates of a fit of <paramref name="family"/> with parameters <paramref name="theta"/> to <paramref name="size"/> values.</summary>
    /// <param name="family">The family fitted.</param>
    /// <param name="theta">The fitted parameters.</param>
    /// <param name="size">The data's size, &gt;= 2.</param>
    /// <param name="replicates">Replicates, &gt;= 1.</param>
    /// <param name="seed">The seed; replicate b uses the stream (seed, b, "fit distribution " + family).</param>
    /// <param name="threads">Threads, &gt;= 1 (the result does not depend on it).</param>
    public static BootstrapDistribution Run(FitFamily family, double[] theta, int size, int replicates, ulong seed, int threads)
    {
        Preconditions.NotNull(family);
        Preconditions.NotNull(theta);
        Preconditions.InRange(size, 2, int.MaxValue);
        Preconditions.Positive(replicates);
        Preconditions.Positive(threads);
        var fitted = family.Build(theta);
        var key = RandomStreams.Key("fit distribution " + family.Name);
        var ks = new double[replicates];
        var ad = new double[replicates];
        var parameters = new double[]?[replicates];
        Parallel.For(0, replicates, new ParallelOptions { MaxDegreeOfParallelism = threads }, b =>
        {
            var rng = new Xoshiro256StarStar(RandomStreams.Seed(seed, (ulong)b, key));
            var sample = new double[size];
            fitted.Samples(ref rng, sample);
            Array.Sort(sample);
            try
            {
                var refit = family.Estimate(sample);
                var distribution = family.Build(refit);
                ks[b] = GoodnessOfFit.KolmogorovSmirnov(sample, distribution);
                ad[b] = GoodnessOfFit.AndersonDarling(sample, distribution);
                parameters[b] = refit;
            }
            catch (Exception e) when (e is ArgumentException or NonConvergenceException)
            {
                // A degenerate draw (e.g. all values equal) has no fit: it is left out and counted.
            }
        });

        var kept = Enumerable.Range(0, replicates).Where(b => parameters[b] is not null).ToArray();
        return new BootstrapDistribution(replicates, [.. kept.Select(b => ks[b])], [.. kept.Select(b => ad[b])], [.. kept.Select(b => parameters[b]!)]);
    }
}
