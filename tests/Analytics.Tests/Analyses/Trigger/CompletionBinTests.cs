using Analytics.Analyses.Trigger;
using Analytics.Statistics;

namespace Analytics.Tests.Analyses.Trigger;

public class CompletionBinTests
{
    private static CompletionBin Bin(int trials) => new(0.5, 0.55, trials, new Estimate(0.5, 0.1));

    [Theory]
    [InlineData(1, 150, false)] // 1% of 150 is 1.5 trials: integer division (150 / 100 = 1) would have shown it
    [InlineData(2, 150, true)]
    [InlineData(0, 0, false)]
    public void IsShown_AtLeastOnePercentOfTheTrialsAndNotEmpty(int binTrials, int trials, bool shown)
        => Assert.Equal(shown, Bin(binTrials).IsShown(trials));

    [Theory]
    [InlineData(100, 10_000, true)] // exactly 1%: shown
    [InlineData(99, 10_000, false)]
    public void IsShown_ExactlyTheDefaultShare_Shown(int binTrials, int trials, bool shown)
        => Assert.Equal(shown, Bin(binTrials).IsShown(trials));

    [Fact]
    public void IsShown_ZeroMinimumShare_EveryNonEmptyBin()
    {
        Assert.True(Bin(1).IsShown(1_000_000, minShare: 0));
        Assert.False(Bin(0).IsShown(1_000_000, minShare: 0));
    }

    [Fact]
    public void IsShown_LargerShare_Stricter()
    {
        // 30 of 1,000 trials is 3%: shown at 1%, not at 5%.
        Assert.True(Bin(30).IsShown(1_000));
        Assert.False(Bin(30).IsShown(1_000, minShare: 0.05));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void IsShown_ShareOutsideZeroToOne_Throws(double minShare)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Bin(10).IsShown(100, minShare));

    [Fact]
    public void IsShown_NegativeRunTrials_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Bin(10).IsShown(-1));

    [Fact]
    public void DefaultMinShare_OnePercent() => Assert.Equal(0.01, CompletionBin.DefaultMinShare);
}
