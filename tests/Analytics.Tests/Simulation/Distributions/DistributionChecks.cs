using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using MathNet.Numerics.Distributions;

namespace Analytics.Tests.Simulation.Distributions;

/// <summary>
/// Statistical checks shared by the distribution tests. Every tolerance is derived from a standard
/// error or a published critical value, with fixed seeds, so a test fails only if the sampler or
/// the formula is wrong (or, for a correct sampler, with the stated tiny probability).
/// </summary>
internal static class DistributionChecks
{
    /// <summary>
    /// Sample mean within 5 standard errors (sd/sqrt(n)) of the theoretical mean, and sample variance
    /// within 5 standard errors of the theoretical variance, the SE of a variance being
    /// sqrt((m4 − s⁴)/n) with m4 the sample's fourth central moment. A correct sampler fails either
    /// check with probability below 1e-6 (normal approximation).
    /// </summary>
    public static void MomentsMatch(Distribution distribution, int n = 200_000, ulong seed = 12345)
    {
        var rng = new Xoshiro256StarStar(seed);
        var x = new double[n];
        distribution.Samples(ref rng, x);
        var mean = x.Average();
        var m2 = x.Sum(v => (v - mean) * (v - mean)) / n;
        var m4 = x.Sum(v => Math.Pow(v - mean, 4)) / n;
        var seMean = Math.Sqrt(distribution.Variance / n);
        Assert.True(Math.Abs(mean - distribution.Mean) <= 5 * seMean, $"{distribution}: sample mean {mean} vs theory {distribution.Mean} (5 SE = {5 * seMean})");
        var seVariance = Math.Sqrt(Math.Max(m4 - (m2 * m2), 0) / n);
        Assert.True(Math.Abs(m2 - distribution.Variance) <= (5 * seVariance) + 1e-12, $"{distribution}: sample variance {m2} vs theory {distribution.Variance} (5 SE = {5 * seVariance})");
    }

    /// <summary>
    /// Kolmogorov-Smirnov test of draws (one at a time through <see cref="Distribution.Sample{TRandom}(ref TRandom)"/>)
    /// against the distribution's own CDF: D·sqrt(n) must stay below 1.949, the asymptotic critical
    /// value at significance 0.001.
    /// </summary>
    public static void FitsCdf(Distribution distribution, int n = 20_000, ulong seed = 777)
    {
        var rng = new Xoshiro256StarStar(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = distribution.Sample(ref rng);
        }

        var d = KolmogorovSmirnov(x, distribution.Cdf);
        Assert.True(d * Math.Sqrt(n) < 1.949, $"{distribution}: KS statistic sqrt(n)·D = {d * Math.Sqrt(n)} >= 1.949 (p < 0.001)");
    }

    /// <summary>The KS statistic of <paramref name="sample"/> against <paramref name="cdf"/>.</summary>
    public static double KolmogorovSmirnov(double[] sample, Func<double, double> cdf)
    {
        var sorted = sample.Order().ToArray();
        var n = sorted.Length;
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - ((double)i / n), ((i + 1.0) / n) - f));
        }

        return d;
    }

    /// <summary>
    /// Pearson's chi-square test of counts against the probability mass function; cells with
    /// expected count below 5 are pooled into the tails. The statistic must stay below the 0.999
    /// quantile of the chi-square distribution with (cells − 1) degrees of freedom.
    /// </summary>
    public static void FitsPmf(CountDistribution distribution, int n = 100_000, ulong seed = 4242)
    {
        var rng = new Xoshiro256StarStar(seed);
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var k = distribution.SampleCount(ref rng);
            Assert.InRange(k, distribution.MinimumCount, distribution.MaximumCount);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        ChiSquareFits(distribution, counts, n);
    }

    /// <summary>The chi-square test of <see cref="FitsPmf"/> for counts drawn elsewhere (e.g. by a static sampler).</summary>
    public static void ChiSquareFits(CountDistribution distribution, IReadOnlyDictionary<int, int> counts, int n)
    {
        var low = (int)distribution.InverseCdf(1e-12);
        var high = (int)distribution.InverseCdf(1 - 1e-12);
        var cells = new List<(double Expected, int Observed)>();
        var pendingExpected = n * distribution.Cdf(low - 1);
        var pendingObserved = counts.Where(c => c.Key < low).Sum(c => c.Value);
        for (var k = low; k <= high; k++)
        {
            pendingExpected += n * distribution.Probability(k);
            pendingObserved += counts.GetValueOrDefault(k);
            if (pendingExpected >= 5)
            {
                cells.Add((pendingExpected, pendingObserved));
                pendingExpected = 0;
                pendingObserved = 0;
            }
        }

        pendingExpected += n * (1 - distribution.Cdf(high));
        pendingObserved += counts.Where(c => c.Key > high).Sum(c => c.Value);
        Assert.True(cells.Count >= 2, $"{distribution}: too few cells for a chi-square test");
        cells[^1] = (cells[^1].Expected + pendingExpected, cells[^1].Observed + pendingObserved);
        var chi2 = cells.Sum(c => (c.Observed - c.Expected) * (c.Observed - c.Expected) / c.Expected);
        var critical = ChiSquared.InvCDF(cells.Count - 1, 0.999);
        Assert.True(chi2 < critical, $"{distribution}: chi-square {chi2} >= {critical} ({cells.Count - 1} df, p < 0.001)");
    }

    /// <summary>InverseCdf(Cdf⁻¹) round trip: Cdf(InverseCdf(p)) = p for continuous distributions (to <paramref name="tolerance"/>).</summary>
    public static void InverseCdfRoundTrips(Distribution distribution, double tolerance = 1e-9)
    {
        foreach (var p in new[] { 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999 })
        {
            var x = distribution.InverseCdf(p);
            Assert.True(Math.Abs(distribution.Cdf(x) - p) <= tolerance, $"{distribution}: Cdf(InverseCdf({p})) = {distribution.Cdf(x)}");
        }
    }
}
