using Analytics.Analyses.GoalSeek;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Analyses.GoalSeek;

public class GoalSeekerTests
{
    private const double T = 5000;
    private const double Sigma = 1000;

    // X = v + σZ on the same Z for every v with the same seed: P(X >= T) = 1 − Φ((T − v)/σ) = 0.8 at
    // v = T + 0.8416 σ = 5841.62. The root's MC error: SE(P)/φ(0.8416)·σ = sqrt(0.16/n)/0.2800·σ.
    private static double[] Totals(double v, ulong seed, int n)
    {
        var rng = new Xoshiro256StarStar(RandomStreams.Seed(seed, 0, RandomStreams.Key("z")));
        var z = new double[n];
        StandardNormal.Fill(ref rng, z);
        return z.Select(x => v + (Sigma * x)).ToArray();
    }

    [Fact]
    public void Solve_NormalTotal_RootIsTPlus0_8416SigmaWithinFourOfItsErrors()
    {
        const int n = 20_000;
        var result = GoalSeeker.Solve((v, s) => Totals(v, s, n), T, 0.8, 3000, 9000, seed: 1, lever: "mean");
        var exact = T + (StandardNormal.InverseCdf(0.8) * Sigma);
        var theory = Math.Sqrt(0.16 / n) / 0.28 * Sigma; // about 10.1
        Assert.True(result.Reachable);
        Assert.Equal(1, result.Crossings);
        Assert.InRange(result.Value!.Value, exact - (4 * result.ValueError!.Value), exact + (4 * result.ValueError.Value));
        Assert.InRange(result.ValueError.Value, 0.7 * theory, 1.4 * theory); // the slope's own estimate moves it a little
        Assert.Equal(0.8, result.AtValue!.Value, 0.002);
        Assert.Equal(0.28 / Sigma, result.Slope!.Value, 0.05 / Sigma);
        Assert.Equal(7, result.Curve.Count);
    }

    [Fact]
    public void Solve_Replicates_SpreadMatchesTheDeltaMethod()
    {
        const int n = 5000;
        var result = GoalSeeker.Solve((v, s) => Totals(v, s, n), T, 0.8, 3000, 9000, seed: 1, new GoalSeekOptions(replicates: 8));
        Assert.Equal(8, result.Replicates.Count);
        var sd = Math.Sqrt(result.Replicates.Sum(x => Math.Pow(x - result.Replicates.Average(), 2)) / 7);
        // The spread of roots over seeds estimates the same error (8 replicates: within a factor 2.5).
        Assert.InRange(sd, result.ValueError!.Value / 2.5, result.ValueError.Value * 2.5);
        Assert.NotNull(result.ReplicateError);
    }

    [Fact]
    public void Solve_LevelOutOfRange_SaysItIsUnreachable()
    {
        var result = GoalSeeker.Solve((v, s) => Totals(v, s, 2000), T, 0.8, 0, 4000, seed: 1, lever: "mean");
        Assert.False(result.Reachable);
        Assert.False(result.AlreadyMet);
        Assert.Null(result.Value);
        Assert.Contains("out of reach", result.Message, StringComparison.Ordinal);
        Assert.True(result.AtUpper.Value < 0.8);
    }

    [Fact]
    public void Solve_ScanPointExactlyOnTheLevel_CountsOneCrossingAndReturnsThePoint()
    {
        // Totals v + i, i = 0..9, against T = 10: P(v) = floor(v) / 10 on [0, 10], so the scan of
        // [0, 6] at 1, 2, ... lands exactly on 0.3 at v = 3, a point bordering two scan intervals.
        static double[] Steps(double v, ulong s) => Enumerable.Range(0, 10).Select(i => v + i).ToArray();
        var result = GoalSeeker.Solve(Steps, 10, 0.3, 0, 6, seed: 1, new GoalSeekOptions(scanIntervals: 6));
        Assert.Equal(1, result.Crossings);
        Assert.Equal(3, result.Value);
        Assert.Equal(0.3, result.AtValue!.Value, 1e-12);
        Assert.DoesNotContain("places", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_BaselineAlreadyAboveTheLevel_SaysItIsMetAtTheCurrentValue()
    {
        // On [7000, 9000] P = Φ((v − T)/σ) runs from Φ(2) = 0.977 to Φ(4): above 0.8 everywhere, so
        // there is no crossing; at the baseline 8000, P = Φ(3) = 0.99865 with binomial SE
        // sqrt(0.99865 · 0.00135 / 2000) = 0.00082 (4 SE: 0.0033).
        const int n = 2000;
        var result = GoalSeeker.Solve((v, s) => Totals(v, s, n), T, 0.8, 7000, 9000, seed: 1, lever: "mean", baseline: 8000);
        Assert.True(result.Reachable);
        Assert.True(result.AlreadyMet);
        Assert.Equal(0, result.Crossings);
        Assert.Equal(8000, result.Value);
        Assert.Equal(StandardNormal.Cdf(3), result.AtValue!.Value, 0.0033);
        Assert.Contains("already met at the current value", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("out of reach", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_BaselineAboveTheLevelWithACrossing_SolvesAndSaysItIsMet()
    {
        // On [3000, 9000] P crosses 0.8 at 5841.6 and the baseline 8000 is above it: the answer is
        // how far the mean can fall, flagged as already met.
        var result = GoalSeeker.Solve((v, s) => Totals(v, s, 20_000), T, 0.8, 3000, 9000, seed: 1, lever: "mean", baseline: 8000);
        Assert.True(result.AlreadyMet);
        Assert.Equal(1, result.Crossings);
        Assert.Equal(T + (StandardNormal.InverseCdf(0.8) * Sigma), result.Value!.Value, 4 * result.ValueError!.Value);
        Assert.Contains("already met", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_HumpShapedP_SolvesTheCrossingNearestTheBaseline()
    {
        // X = T + 1000 − |v| + σZ: P peaks at v = 0 and crosses 0.8 on both sides, at ±(1000 − 841.6).
        double[] Hump(double v, ulong s) => Totals(T + 1000 - Math.Abs(v), s, 20_000);
        var right = GoalSeeker.Solve(Hump, T, 0.8, -1000, 1000, seed: 1, new GoalSeekOptions(scanIntervals: 8), baseline: 900);
        Assert.Equal(2, right.Crossings);
        Assert.Equal(158.4, right.Value!.Value, 4 * right.ValueError!.Value);
        var left = GoalSeeker.Solve(Hump, T, 0.8, -1000, 1000, seed: 1, new GoalSeekOptions(scanIntervals: 8), baseline: -900);
        Assert.Equal(-158.4, left.Value!.Value, 4 * left.ValueError!.Value);
    }

    [Fact]
    public void Solve_BadArguments_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => GoalSeeker.Solve((v, s) => [v], T, 1.0, 0, 1, 1));
        Assert.ThrowsAny<ArgumentException>(() => GoalSeeker.Solve((v, s) => [v], T, 0.8, 1, 1, 1));
        Assert.ThrowsAny<ArgumentException>(() => new GoalSeekOptions(tolerance: 0));
        Assert.ThrowsAny<ArgumentException>(() => new GoalSeekOptions(replicates: 1));
    }
}
