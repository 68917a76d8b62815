using Analytics.Charts.Report;

namespace Analytics.Charts.Tests.Report;

public class RiskHeadlineTests
{
    [Theory]
    [InlineData(1.2, 0.01, 100L)]
    [InlineData(0.5, -0.01, 100L)]
    [InlineData(0.5, 0.01, 0L)]
    public void Constructor_OutOfRange_Throws(double p, double se, long trials)
        => Assert.ThrowsAny<ArgumentException>(() => new RiskHeadline(p, se, 1, 2, 3, trials, 1));
}
