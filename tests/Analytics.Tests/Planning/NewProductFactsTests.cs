using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class NewProductFactsTests
{
    [Fact]
    public void Constructor_ValidFacts_KeepsThem()
    {
        var f = new NewProductFacts("np", 0.15m, 3, 5, 8, 4, new SourceLocation("products.csv", 2));
        Assert.Equal(("np", 0.15m, 3, 5, 8, (int?)4), (f.LineId, f.MarginUplift, f.BenchmarkProspects, f.BenchmarkFollowersMin, f.BenchmarkFollowersMax, f.FirstMonth));
    }

    [Theory]
    [InlineData(1.2, 3, 5, 8, null)]
    [InlineData(-0.1, 3, 5, 8, null)]
    [InlineData(0.1, -1, 5, 8, null)]
    [InlineData(0.1, 3, -5, 8, null)]
    [InlineData(0.1, 3, 5, 4, null)]
    [InlineData(0.1, 3, 5, 8, 0)]
    [InlineData(0.1, 3, 5, 8, 13)]
    public void Constructor_OutOfRange_Throws(double uplift, int prospects, int min, int max, int? firstMonth)
        => Assert.ThrowsAny<ArgumentException>(() => new NewProductFacts("np", (decimal)uplift, prospects, min, max, firstMonth, SourceLocation.None));
}
