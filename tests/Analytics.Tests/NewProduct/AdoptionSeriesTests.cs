using Analytics.NewProduct;

namespace Analytics.Tests.NewProduct;

public class AdoptionSeriesTests
{
    [Fact]
    public void Total_SumsPeriods()
        => Assert.Equal(60.0, new AdoptionSeries([10, 20, 30]).Total);

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_BadCount_ThrowsNamingIndex(double bad)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AdoptionSeries([1, bad]));
        Assert.Contains("adopters[1] must be a finite number >= 0", e.Message, StringComparison.Ordinal);
    }
}
