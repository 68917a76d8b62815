using Analytics.Simulation.Random;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;

namespace Analytics.Tests.Simulation.Results;

public class SummariesTests
{
    private static double[] Values(int n, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        return Enumerable.Range(0, n).Select(_ => 4700 + (900 * ((rng.NextDouble() * 2) - 1))).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(999)]
    [InlineData(123_457)]
    public void Summarise_MomentsAndHits_MatchPlainLoops(int n)
    {
        // The 8-lane sums must give the plain loops' figures up to rounding.
        var values = Values(n, (ulong)n);
        var s = Summaries.Summarise("x", values, 5000, SamplerKind.MonteCarlo, 4096);
        var mean = values.Average();
        var sd = n > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1)) : 0;
        Assert.Equal(mean, s.Mean, 1e-12 * mean);
        Assert.Equal(sd, s.StandardDeviation, 1e-9 * Math.Max(sd, 1));
        Assert.Equal(values.Count(v => v >= 5000) / (double)n, s.ProbabilityOfTarget!.Value);
    }

    [Fact]
    public void Summarise_Convergence_PointsAtOneTwoFiveAndTheEnd()
    {
        var values = Values(123_457, 5);
        var points = Summaries.Summarise("x", values, 5000, SamplerKind.MonteCarlo, 4096).Convergence;
        Assert.Equal([1000L, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 123_457], points.Select(p => p.Trials));
        foreach (var p in points)
        {
            var first = values.Take((int)p.Trials).ToArray();
            Assert.Equal(first.Average(), p.Mean, 1e-12 * p.Mean);
            Assert.Equal(first.Count(v => v >= 5000) / (double)p.Trials, p.ProbabilityOfTarget);
        }
    }
}
