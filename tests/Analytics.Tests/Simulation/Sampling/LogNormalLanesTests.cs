using System.Runtime.Intrinsics;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;
using Analytics.Tests.Simulation.Distributions;

namespace Analytics.Tests.Simulation.Sampling;

public class LogNormalLanesTests
{
    private const ulong Seed = 0x1234_5678_9ABC_DEF0UL;
    private static readonly LogNormal Order = LogNormal.FromMeanCv(10, 0.6);

    private static int[] PoissonCounts(double mean, int n, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var counts = new int[n];
        new Poisson(mean).SampleCounts(ref rng, counts);
        return counts;
    }

    // Runs the kernel on totals that already hold a value (it must add), and returns them.
    private static double[] Kernel(LogNormalLanes lanes, int[] counts, LogNormal value)
    {
        var totals = Enumerable.Range(0, counts.Length).Select(t => 0.25 * t).ToArray();
        lanes.Add(Seed, counts, value.Mu, value.Sigma, totals);
        return totals;
    }

    // The definition: trial t's sub-stream is seeded by output t of SplitMix64(seed).
    private static void AssertSameBitsAsDefinition(int[] counts, double[] totals, LogNormal value)
    {
        for (var t = 0; t < counts.Length; t++)
        {
            var expected = (0.25 * t) + CompoundSum.LogNormalTrialSum(new Xoshiro256StarStar(SplitMix64.At(Seed, (ulong)t)), counts[t], value.Mu, value.Sigma);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(totals[t]), $"trial {t} (count {counts[t]}): {totals[t]:R} vs definition {expected:R}");
        }
    }

    public static TheoryData<string> CountPatterns => ["poisson100", "small", "mixed", "zeros", "one"];

    private static int[] Counts(string pattern) => pattern switch
    {
        "poisson100" => PoissonCounts(100, 4096, 1),
        "small" => PoissonCounts(1.2, 4096, 2),
        "mixed" => [.. PoissonCounts(6, 1000, 3), 0, 5000, 1, 4096, 0, 0, 300, .. PoissonCounts(30, 77, 4)],
        "zeros" => new int[100],
        "one" => [7],
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };

    [Theory]
    [MemberData(nameof(CountPatterns))]
    public void Add_AnyCounts_SameBitsAsScalarDefinition(string pattern)
    {
        if (!LogNormalLanes.Applies(Order.Mu, Order.Sigma))
        {
            return; // no 512-bit vectors here: CompoundSum uses the definition itself
        }

        var counts = Counts(pattern);
        AssertSameBitsAsDefinition(counts, Kernel(new LogNormalLanes(), counts, Order), Order);
    }

    [Fact]
    public void Add_TinyLimits_ScalarFallbacksGiveSameBits()
    {
        // Lanes over the count limit, and lanes whose rejections run past the rows allowed, are
        // recomputed by the scalar path: with tiny limits both happen often, and nothing changes.
        if (!LogNormalLanes.Applies(Order.Mu, Order.Sigma))
        {
            return;
        }

        var counts = PoissonCounts(20, 3000, 5);
        AssertSameBitsAsDefinition(counts, Kernel(new LogNormalLanes(maxLaneCount: 22, extraRows: 1), counts, Order), Order);
    }

    [Fact]
    public void Add_ReusedWithSmallerCounts_SameBitsAsFresh()
    {
        // Buffers left by a call with long rows must not leak into a later call.
        if (!LogNormalLanes.Applies(Order.Mu, Order.Sigma))
        {
            return;
        }

        var lanes = new LogNormalLanes();
        Kernel(lanes, PoissonCounts(300, 4096, 6), Order);
        var counts = PoissonCounts(3, 4096, 7);
        AssertSameBitsAsDefinition(counts, Kernel(lanes, counts, Order), Order);
    }

    [Theory]
    [MemberData(nameof(CountPatterns))]
    public void ScalarPath_AnyCounts_SameBitsAsDefinition(string pattern)
    {
        // Without 512-bit vectors CompoundSum takes the buffered scalar path: it must give the same
        // bits as the definition (and so as the lanes), whatever the buffer's length.
        var counts = Counts(pattern);
        foreach (var chunk in new[] { 3, CompoundSum.ChunkLength })
        {
            var totals = Enumerable.Range(0, counts.Length).Select(t => 0.25 * t).ToArray();
            CompoundSum.AddLogNormal(Seed, counts, Order.Mu, Order.Sigma, new double[chunk], totals);
            AssertSameBitsAsDefinition(counts, totals, Order);
        }
    }

    [Fact]
    public void Add_OneValuePerTrial_FitsLogNormalCdf()
    {
        // With one value per trial the sums are lognormal draws: Kolmogorov-Smirnov at 0.001.
        var counts = Enumerable.Repeat(1, 20_000).ToArray();
        var totals = new double[counts.Length];
        new LogNormalLanes().Add(Seed, counts, Order.Mu, Order.Sigma, totals);
        var d = DistributionChecks.KolmogorovSmirnov(totals, Order.Cdf);
        Assert.True(d * Math.Sqrt(totals.Length) < 1.949, $"KS sqrt(n)D = {d * Math.Sqrt(totals.Length)}");
    }

    [Fact]
    public void Add_TwentyValuesPerTrial_MeanAndVarianceOfSumsMatchTheory()
    {
        // S = Σ of 20 i.i.d. LogNormal(mean 10, cv 0.6): E[S] = 200, Var[S] = 20·36 = 720. 5 SE.
        const int n = 50_000;
        var counts = Enumerable.Repeat(20, n).ToArray();
        var totals = new double[n];
        new LogNormalLanes().Add(Seed, counts, Order.Mu, Order.Sigma, totals);
        var mean = totals.Average();
        var m2 = totals.Sum(v => (v - mean) * (v - mean)) / n;
        var m4 = totals.Sum(v => Math.Pow(v - mean, 4)) / n;
        Assert.Equal(200, mean, 5 * Math.Sqrt(720.0 / n));
        Assert.Equal(720, m2, 5 * Math.Sqrt((m4 - (m2 * m2)) / n));
    }

    [Theory]
    [InlineData(2.0, 0.5, true)]
    [InlineData(650.0, 3.0, true)]
    [InlineData(650.0, 4.0, false)]
    [InlineData(-10.0, 60.0, false)]
    public void Applies_ExponentsMustStayInPolynomialRange(double mu, double sigma, bool applies)
        => Assert.Equal(applies && Vector512.IsHardwareAccelerated, LogNormalLanes.Applies(mu, sigma));

    [Fact]
    public void Constructor_NoExtraRows_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new LogNormalLanes(extraRows: 0));
}
