using Analytics.Simulation.Correlation;

namespace Analytics.Tests.Simulation.Correlation;

public class RankCorrelationTests
{
    [Theory]
    [InlineData(1.01)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    public void Constructor_OutsideMinusOneOne_Throws(double rho)
        => Assert.Contains("Coefficient must be a finite number in [-1, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => new RankCorrelation("a", "b", rho)).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_SameInputTwice_Throws()
        => Assert.Contains("two different inputs", Assert.Throws<ArgumentException>(() => new RankCorrelation("a", "a", 0.5)).Message, StringComparison.Ordinal);
}
