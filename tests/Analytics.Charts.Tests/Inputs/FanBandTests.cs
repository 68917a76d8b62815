using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class FanBandTests
{
    private static readonly double[] Three = [1, 2, 3];

    [Fact]
    public void Constructor_SeriesShorterThanMonths_Throws()
        => Assert.Contains("P50 has 2 values", Assert.Throws<ArgumentException>(() => new FanBand([1, 2, 3], Three, [1, 2], Three, Three)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_MonthsNotAscending_Throws()
        => Assert.Throws<ArgumentException>(() => new FanBand([1, 3, 2], Three, Three, Three, Three));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Constructor_MonthOutOfRange_Throws(int month)
        => Assert.ThrowsAny<ArgumentException>(() => new FanBand([month], [1], [1], [1], [1]));

    [Fact]
    public void Constructor_NaN_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new FanBand([1], [1], [double.NaN], [1], [1]));

    [Fact]
    public void Constructor_Empty_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new FanBand([], [], [], [], []));
}
