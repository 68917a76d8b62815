using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class AgeBarTests
{
    [Theory]
    [InlineData(-1, 5.0, 0.1)]
    [InlineData(3, -5.0, 0.1)]
    [InlineData(3, 5.0, 1.1)]
    public void Constructor_OutOfRange_Throws(int age, double units, double p)
        => Assert.ThrowsAny<ArgumentException>(() => new AgeBar(age, units, p));
}
