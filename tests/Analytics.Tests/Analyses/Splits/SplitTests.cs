using Analytics.Analyses.Splits;

namespace Analytics.Tests.Analyses.Splits;

public class SplitTests
{
    [Fact]
    public void Create_SharesAddingUp_KeptAndPrinted()
    {
        var s = new Split([0.36, 0.44, 0.20]);
        Assert.Equal(3, s.Count);
        Assert.Equal(0.44, s[1]);
        Assert.Equal("36/44/20", s.ToString());
        Assert.Equal(new Split([0.36, 0.44, 0.20]), s);
        Assert.NotEqual(new Split([0.36, 0.24, 0.40]), s);
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.1)]
    [InlineData(-0.1, 0.6, 0.5)]
    [InlineData(double.NaN, 0.5, 0.5)]
    [InlineData(1.5, -0.25, -0.25)]
    public void Create_BadShares_Throws(double a, double b, double c)
        => Assert.ThrowsAny<ArgumentException>(() => new Split([a, b, c]));

    [Fact]
    public void Create_Empty_Throws() => Assert.Throws<ArgumentException>(() => new Split([]));

    [Theory]
    [InlineData(3, 0.05, 231)]
    [InlineData(3, 0.1, 66)]
    [InlineData(2, 0.25, 5)]
    [InlineData(4, 0.5, 10)]
    public void Simplex_Grid_HasCOfMPlusKMinusOneSplits(int streams, double step, int count)
    {
        var grid = SplitGrid.Simplex(streams, step);
        Assert.Equal(count, grid.Count);
        Assert.Equal(count, grid.Distinct().Count());
        Assert.All(grid, s => Assert.All(s.Shares, x => Assert.Equal(0, Math.Round(x / step) - (x / step), 9)));
    }

    [Fact]
    public void Simplex_GridPastTheCap_ThrowsNamingTheStepAndTheCount()
    {
        // C(200 + 2, 2) = 20,301 splits at 0.005 over three streams, past the 20,000 cap; 1/199 gives
        // C(201, 2) = 20,100, still past it, so the finest step that fits is 1/198: C(200, 2) = 19,900.
        var e = Assert.Throws<ArgumentException>(() => SplitGrid.Simplex(3, 0.005));
        Assert.Contains("step 0.005", e.Message, StringComparison.Ordinal);
        Assert.Contains("20,301 splits", e.Message, StringComparison.Ordinal);
        Assert.Contains("1/198", e.Message, StringComparison.Ordinal);
        Assert.Equal(19_900, SplitGrid.Count(3, 1.0 / 198));
        Assert.Equal(5_151, SplitGrid.Simplex(3, 0.01).Count);
    }

    [Theory]
    [InlineData(0.03)]
    [InlineData(0)]
    [InlineData(1.5)]
    public void Simplex_StepNotDividingOne_Throws(double step)
        => Assert.ThrowsAny<ArgumentException>(() => SplitGrid.Simplex(3, step));
}
