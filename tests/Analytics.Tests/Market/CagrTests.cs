using Analytics.Market;

namespace Analytics.Tests.Market;

public class CagrTests
{
    [Fact]
    public void Rate_100To121InTwoYears_IsTenPercent()
        => Assert.Equal(0.1, Cagr.Rate(100m, 121m, 2), 12);

    [Fact]
    public void Rate_SeedOneYear_Is31Point58Percent()
        => Assert.Equal(6.0 / 19.0, Cagr.Rate(3800m, 5000m, 1), 12);

    [Fact]
    public void Project_TenPercentTwoYears_Gives121()
        => Assert.Equal(121m, Math.Round(Cagr.Project(100m, 0.1, 2), 10));

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(1, 1, double.NaN)]
    [InlineData(1, 1, double.PositiveInfinity)]
    public void Rate_Invalid_Throws(double start, double end, double years)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Cagr.Rate((decimal)start, (decimal)end, years));

    [Fact]
    public void Project_RateMinusOne_ThrowsNamingRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Cagr.Project(100m, -1.0, 1));
        Assert.Contains("rate must be a finite number > -1", e.Message, StringComparison.Ordinal);
    }
}
