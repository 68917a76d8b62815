using Analytics.Simulation.Correlation;

namespace Analytics.Tests.Simulation.Correlation;

public class RanksTests
{
    [Fact]
    public void Of_Ties_ShareAverageRank()
    {
        var ranks = new double[5];
        Ranks.Of([10, 30, 20, 30, 5], ranks);
        Assert.Equal([2, 4.5, 3, 4.5, 1], ranks);
    }

    [Fact]
    public void Spearman_MonotoneTransform_IsOne()
        => Assert.Equal(1, Ranks.Spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125]), 1e-15);

    [Fact]
    public void Spearman_KnownExample()
    {
        // d = rank differences (0, 0, 1, −1, 0): rho = 1 − 6·2/(5·24) = 0.9.
        Assert.Equal(0.9, Ranks.Spearman([1, 2, 3, 4, 5], [1, 2, 4, 3, 5]), 1e-15);
    }

    [Fact]
    public void Pearson_ConstantSample_IsZero() => Assert.Equal(0, Ranks.Pearson([1, 1, 1], [1, 2, 3]));
}
