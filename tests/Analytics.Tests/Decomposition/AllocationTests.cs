using Analytics.Decomposition;
using CsCheck;

namespace Analytics.Tests.Decomposition;

public class AllocationTests
{
    [Fact]
    public void LargestRemainder_SeedPhasingShares_GivesQuarterTargets()
        => Assert.Equal([900m, 1200m, 1500m, 1400m], Allocation.LargestRemainder(5000m, [0.18m, 0.24m, 0.30m, 0.28m], 1m));

    [Fact]
    public void LargestRemainder_1400OverThreeMonths_FirstTwoGetTheLeftoverUnits()
        // 1400 / 3 = 466.67: floors 466 x 3 = 1398, two units left, equal remainders -> first two.
        => Assert.Equal([467m, 467m, 466m], Allocation.LargestRemainder(1400m, [1m, 1m, 1m], 1m));

    [Fact]
    public void LargestRemainder_UnequalRemainders_LargestGetsTheUnit()
        // 7 over 1:2 -> quotas 2.33 and 4.67 -> floors 2 and 4, the one unit left goes to 4.67.
        => Assert.Equal([2m, 5m], Allocation.LargestRemainder(7m, [1m, 2m], 1m));

    [Fact]
    public void LargestRemainder_TotalNotAMultipleOfUnit_RestGoesToLargestWeight()
        // Two whole units of 5: quotas 0.67 and 1.33 -> floors 0 and 1, the unit left goes to the
        // larger remainder (0.67) -> 5 and 5; the 0.5 rest goes to the larger weight -> 5 and 5.5.
        => Assert.Equal([5m, 5.5m], Allocation.LargestRemainder(10.5m, [1m, 2m], 5m));

    [Fact]
    public void LargestRemainder_CentUnit_SplitsExactly()
        => Assert.Equal([466.67m, 466.67m, 466.66m], Allocation.LargestRemainder(1400m, [1m, 1m, 1m], 0.01m));

    [Fact]
    public void LargestRemainder_ZeroTotal_AllZero()
        => Assert.Equal([0m, 0m], Allocation.LargestRemainder(0m, [1m, 3m], 1m));

    [Fact]
    public void LargestRemainder_IntegerCounts_ExactCounts()
        => Assert.Equal([50, 40], Allocation.LargestRemainder(90, [0.55m, 0.45m]));

    [Fact]
    public void LargestRemainder_AllWeightsZero_Throws()
        => Assert.Throws<ArgumentException>(() => Allocation.LargestRemainder(10m, [0m, 0m], 1m));

    [Fact]
    public void LargestRemainder_NegativeWeight_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Allocation.LargestRemainder(10m, [1m, -1m], 1m));

    [Fact]
    public void LargestRemainder_NegativeTotal_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Allocation.LargestRemainder(-1m, [1m], 1m));

    [Fact]
    public void LargestRemainder_ZeroUnit_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Allocation.LargestRemainder(1m, [1m], 0m));

    private static readonly Gen<(decimal Total, decimal[] Weights, decimal Unit)> Cases =
        Gen.Select(
            Gen.Int[0, 100_000_000].Select(cents => cents / 100m),
            Gen.Int[0, 10_000].Select(w => w / 10m).Array[1, 30].Where(w => w.Sum() > 0),
            Gen.OneOf(0.01m, 1m, 10m));

    [Fact]
    public void LargestRemainder_AnyTotalAndWeights_PartsAddUpExactly()
        => Cases.Sample(c =>
        {
            var parts = Allocation.LargestRemainder(c.Total, c.Weights, c.Unit);
            Assert.Equal(c.Weights.Length, parts.Length);
            Assert.Equal(c.Total, parts.Sum());
            Assert.All(parts, p => Assert.True(p >= 0));
        }, iter: 2000);

    [Fact]
    public void LargestRemainder_AnyTotalAndWeights_EachPartWithinOneUnitOfItsQuota()
        => Cases.Sample(c =>
        {
            var parts = Allocation.LargestRemainder(c.Total, c.Weights, c.Unit);
            var units = decimal.Floor(c.Total / c.Unit) * c.Unit;
            var rest = c.Total - units;
            var sum = c.Weights.Sum();
            for (var i = 0; i < parts.Length; i++)
            {
                // The quota of the whole units; the sub-unit rest sits on one part on top of it.
                var quota = units * c.Weights[i] / sum;
                Assert.True(Math.Abs(parts[i] - quota) < c.Unit + rest, $"part {parts[i]} vs quota {quota} (unit {c.Unit})");
            }
        }, iter: 2000);
}
