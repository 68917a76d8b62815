using Analytics.Simulation.Random;
using Analytics.Simulation.Results;

namespace Analytics.Tests.Simulation.Results;

public class SelectionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(1000)]
    [InlineData(100_003)]
    public void SelectRanks_RandomData_MatchFullSort(int n)
    {
        var rng = new Xoshiro256StarStar((ulong)n);
        // Many ties (values rounded to 50 levels) exercise the partition's equal range.
        var values = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 50)).ToArray();
        var sorted = values.Order().ToArray();
        var ranks = new[] { 0, n / 20, n / 10, n / 4, n / 2, (3 * n) / 4, (9 * n) / 10, n - 1 }.Distinct().Order().ToArray();
        Selection.SelectRanks(values, ranks);
        foreach (var r in ranks)
        {
            Assert.Equal(sorted[r], values[r]);
        }
    }

    [Fact]
    public void SelectRanks_SortedAndReversedInput_MatchFullSort()
    {
        var ascending = Enumerable.Range(0, 5000).Select(i => (double)i).ToArray();
        var descending = ascending.Reverse().ToArray();
        int[] ranks = [10, 2500, 4999];
        Selection.SelectRanks(ascending, ranks);
        Selection.SelectRanks(descending, ranks);
        Assert.Equal([10.0, 2500, 4999], ranks.Select(r => ascending[r]));
        Assert.Equal([10.0, 2500, 4999], ranks.Select(r => descending[r]));
    }
}
