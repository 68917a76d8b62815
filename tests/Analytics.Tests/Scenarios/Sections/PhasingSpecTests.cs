using Analytics.Scenarios.Sections;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios.Sections;

public class PhasingSpecTests
{
    private static readonly double[] Quarters = [0.18, 0.24, 0.30, 0.28];

    [Fact]
    public void FromQuarters_EachQuarterSplitEvenlyOverItsMonths()
    {
        var months = PhasingSpec.FromQuarters(Quarters);
        Assert.Equal(12, months.Count);
        Assert.Equal([0.06, 0.06, 0.06, 0.08, 0.08, 0.08, 0.1, 0.1, 0.1], months.Take(9), new Near(1e-15));
        Assert.Equal(0.28 / 3, months[11], 15);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(0)]
    public void FromQuarters_NotFourShares_Throws(int count)
        => Assert.Contains($"quarters must hold 4 shares; had {count}", Assert.Throws<ArgumentException>(() => PhasingSpec.FromQuarters(new double[count])).Message, StringComparison.Ordinal);

    [Fact]
    public void FromQuarters_NegativeShare_ThrowsNamingTheQuarter()
        => Assert.Contains("quarters[2]", Assert.Throws<ArgumentOutOfRangeException>(() => PhasingSpec.FromQuarters([0.5, 0.3, -0.1, 0.3])).Message, StringComparison.Ordinal);

    [Fact]
    public void FromQuarters_Null_Throws() => Assert.Throws<ArgumentNullException>(() => PhasingSpec.FromQuarters(null!));

    [Theory]
    [InlineData(1, 0.18)]
    [InlineData(2, 0.24)]
    [InlineData(3, 0.30)]
    [InlineData(4, 0.28)]
    public void QuarterShare_FromQuarters_TheQuartersShareBack(int quarter, double share)
        => Assert.Equal(share, new PhasingSpec(PhasingSpec.FromQuarters(Quarters), []).QuarterShare(quarter), 15);

    [Fact]
    public void QuarterShare_UnevenMonths_SumOfItsThreeMonths()
    {
        double[] months = [0.05, 0.06, 0.07, 0.08, 0.08, 0.08, 0.09, 0.09, 0.10, 0.10, 0.10, 0.10];
        var spec = new PhasingSpec(months, []);
        Assert.Equal(0.05 + 0.06 + 0.07, spec.QuarterShare(1), 15);
        Assert.Equal(0.10 + 0.10 + 0.10, spec.QuarterShare(4), 15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void QuarterShare_NoSuchQuarter_Throws(int quarter)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new PhasingSpec(PhasingSpec.FromQuarters(Quarters), []).QuarterShare(quarter));

    [Fact]
    public void Constructor_SharesNotAddingUpToOne_ThrowsWithTheSum()
        => Assert.Contains("MonthlyShares must add up to 1", Assert.Throws<ArgumentException>(() => new PhasingSpec(PhasingSpec.FromQuarters([0.2, 0.2, 0.2, 0.2]), [])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_WithinOneMillionth_Accepted()
    {
        var months = Enumerable.Repeat(1.0 / 12, 12).ToArray();
        months[0] += 5e-7;
        Assert.Equal(months, new PhasingSpec(months, []).MonthlyShares);
    }

    [Fact]
    public void Constructor_NegativeMonth_Throws()
    {
        var months = Enumerable.Repeat(1.0 / 11, 12).ToArray();
        months[5] = 0;
        months[6] = -1.0 / 11;
        months[7] += 1.0 / 11;
        Assert.Contains("MonthlyShares[6]", Assert.Throws<ArgumentOutOfRangeException>(() => new PhasingSpec(months, [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NotTwelve_Throws() => Assert.Throws<ArgumentException>(() => new PhasingSpec([1.0], []));

    [Fact]
    public void Constructor_RepeatedStream_Throws()
        => Assert.Throws<ArgumentException>(() => new PhasingSpec(PhasingSpec.FromQuarters(Quarters), [new StreamTiming("a", 5, null), new StreamTiming("a", 6, null)]));

    [Fact]
    public void TimingOf_ListedAndUnlisted()
    {
        var timing = new StreamTiming("newProduct", 5, null);
        var spec = new PhasingSpec(PhasingSpec.FromQuarters(Quarters), [timing]);
        Assert.Same(timing, spec.TimingOf("newProduct"));
        Assert.Null(spec.TimingOf("repurchase"));
    }

    [Fact]
    public void MonthlyShares_ACopy_NotTheCallersArray()
    {
        var months = PhasingSpec.FromQuarters(Quarters).ToArray();
        var spec = new PhasingSpec(months, []);
        months[0] = 0.5;
        Assert.Equal(0.06, spec.MonthlyShares[0], 15);
    }
}
