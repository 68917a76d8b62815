using Analytics.Simulation.Random;
using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class SelectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(1000)]
    [InlineData(100_003)]
    public void Ranks_RandomDataWithTies_MatchFullSort(int n)
    {
        var rng = new Xoshiro256StarStar((ulong)n);
        // Many ties (values rounded to 50 levels) exercise the partition's equal range.
        var values = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 50)).ToArray();
        var sorted = values.Order().ToArray();
        var ranks = new[] { 0, n / 20, n / 10, n / 4, n / 2, (3 * n) / 4, (9 * n) / 10, n - 1 }.Distinct().Order().ToArray();
        Assert.Equal(ranks.Select(r => sorted[r]), Selection.Ranks(values, ranks));
    }

    [Fact]
    public void Ranks_ReversedInput_MatchFullSort()
    {
        var descending = Enumerable.Range(0, 5000).Select(i => (double)(4999 - i)).ToArray();
        Assert.Equal([10.0, 2500, 4999], Selection.Ranks(descending, [10, 2500, 4999]));
    }

    [Fact]
    public void Ranks_HeavyTailAndConstants_MatchFullSort()
    {
        // A lognormal-like tail crowds most values into a few buckets; equal values hit the fallback.
        var rng = new Xoshiro256StarStar(9);
        var tail = Enumerable.Range(0, 50_000).Select(_ => Math.Exp(8 * rng.NextDouble() * rng.NextDouble())).ToArray();
        var sorted = tail.Order().ToArray();
        int[] ranks = [0, 2500, 25_000, 47_500, 49_999];
        Assert.Equal(ranks.Select(r => sorted[r]), Selection.Ranks(tail, ranks));
        Assert.Equal([7.0, 7.0], Selection.Ranks(Enumerable.Repeat(7.0, 100).ToArray(), [0, 99]));
    }

    [Fact]
    public void Ranks_WithNaN_MatchFullSort()
    {
        // A NaN must not reach the histogram (it has no bucket): the full sort handles it, NaN first.
        var values = Enumerable.Range(0, 100).Select(i => i == 37 ? double.NaN : i).ToArray();
        var sorted = values.Order().ToArray();
        Assert.Equal(new[] { sorted[0], sorted[50], sorted[99] }, Selection.Ranks(values, [0, 50, 99]));
    }
}
