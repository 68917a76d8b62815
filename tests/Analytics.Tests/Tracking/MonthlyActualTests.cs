using Analytics.Common;
using Analytics.Tracking;

namespace Analytics.Tests.Tracking;

public class MonthlyActualTests
{
    [Theory]
    [InlineData(null, null, ActualsBreakdown.Line)]
    [InlineData("3c", null, ActualsBreakdown.Industry)]
    [InlineData(null, "south", ActualsBreakdown.Region)]
    [InlineData("3c", "south", ActualsBreakdown.IndustryAndRegion)]
    public void Breakdown_TheDimensionsTheRowStates(string? industry, string? region, ActualsBreakdown expected)
        => Assert.Equal(expected, new MonthlyActual(2026, 3, "new_customers", industry, region, 10, SourceLocation.None).Breakdown);

    [Fact]
    public void Constructor_BadValues_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new MonthlyActual(2026, 13, "x", null, null, 1, SourceLocation.None));
        Assert.ThrowsAny<ArgumentException>(() => new MonthlyActual(2026, 1, "x", null, null, -1, SourceLocation.None));
        Assert.ThrowsAny<ArgumentException>(() => new MonthlyActual(1800, 1, "x", null, null, 1, SourceLocation.None));
        Assert.ThrowsAny<ArgumentException>(() => new MonthlyActual(2026, 1, " ", null, null, 1, SourceLocation.None));
    }
}
