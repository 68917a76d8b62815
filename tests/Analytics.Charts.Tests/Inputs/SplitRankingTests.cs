using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class SplitRankingTests
{
    [Fact]
    public void Constructor_SplitWithAnotherNumberOfShares_Throws()
        => Assert.Contains("one share per line (3)", Assert.Throws<ArgumentException>(() => new SplitRanking(["A", "B", "C"], [new RankedSplit("x", [0.5, 0.5], 0.4)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_OneLine_Throws()
        => Assert.Throws<ArgumentException>(() => new SplitRanking(["A"], [new RankedSplit("x", [1.0], 0.4)]));

    [Fact]
    public void Constructor_NoSplit_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new SplitRanking(["A", "B"], []));
}
