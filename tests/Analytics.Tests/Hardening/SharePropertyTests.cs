using Analytics.Analyses.Splits;
using Analytics.Decomposition;
using CsCheck;

namespace Analytics.Tests.Hardening;

/// <summary>Shares that must sum to one, for any input (CsCheck; a failure prints its seed).</summary>
public class SharePropertyTests
{
    [Fact]
    public void Simplex_AnyStreamsAndStep_EverySplitSumsToOneAndTheGridIsComplete()
        => Gen.Select(Gen.Int[1, 5], Gen.Int[1, 25]).Sample(c =>
        {
            var (streams, parts) = c;

            // Compositions of `parts` units into `streams` shares: C(parts + streams - 1, streams - 1);
            // past the cap (e.g. 23,751 for 5 streams at 1/25) the grid is refused.
            var count = Binomial(parts + streams - 1, streams - 1);
            if (count > SplitGrid.MaxSplits)
            {
                Assert.Throws<ArgumentException>(() => SplitGrid.Simplex(streams, 1.0 / parts));
                return;
            }

            var grid = SplitGrid.Simplex(streams, 1.0 / parts);
            Assert.Equal(count, grid.Count);
            Assert.Equal(grid.Count, grid.Distinct().Count());
            Assert.All(grid, split =>
            {
                Assert.Equal(streams, split.Count);
                Assert.InRange(split.Shares.Sum(), 1 - 1e-12, 1 + 1e-12);
                Assert.All(split.Shares, s => Assert.InRange(s, 0.0, 1.0));
            });
        }, iter: 200);

    [Fact]
    public void LargestRemainder_AnyWeights_PartsOverTotalSumToOneExactly()
        => Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 1000].Array[1, 12].Where(w => w.Sum() > 0)).Sample(c =>
        {
            var total = (decimal)c.Item1;
            var parts = Allocation.LargestRemainder(total, c.Item2.Select(w => (decimal)w).ToArray(), 1m);
            Assert.Equal(1m, parts.Sum() / total);
        }, iter: 500);

    private static long Binomial(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
