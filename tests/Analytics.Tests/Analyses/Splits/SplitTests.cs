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

    [Fact]
    public void Parse_PercentagesPerStream_SharesAddingUpToOneExactly()
    {
        var s = Split.Parse("30/50/20", ["repurchase", "newCustomers", "newProduct"]);
        Assert.Equal([0.3, 0.5, 0.2], s.Shares.Select(x => Math.Round(x, 15)));
        Assert.Equal(1, s.Shares.Sum(), 15);
        var thirds = Split.Parse("33.3333333/33.3333333/33.3333334", ["a", "b", "c"]);
        Assert.Equal(1, thirds[0] + thirds[1] + thirds[2]); // the last share takes the rest
        Assert.Equal(1, Split.Parse("100", ["only"])[0]);
    }

    [Theory]
    [InlineData("30/50")]
    [InlineData("30/50/30")]
    [InlineData("30/-10/80")]
    [InlineData("30/x/70")]
    [InlineData("30/NaN/70")]
    [InlineData("")]
    public void Parse_NotOnePercentagePerStreamAddingUpTo100_ThrowsShowingTheStreams(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => Split.Parse(text, ["repurchase", "newCustomers", "newProduct"]));
        Assert.Equal("split", e.ParamName);
        Assert.StartsWith($"split must give one percentage >= 0 per stream (repurchase/newCustomers/newProduct) adding up to 100, e.g. 30/50/20; was \"{text}\".", e.Message, StringComparison.Ordinal);
    }

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
