using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Engine;

public class InputChecksTests
{
    [Fact]
    public void Probability_BetaInput_Accepted() => Assert.NotNull(InputChecks.Probability(new ScalarInput("p", new Beta(2, 3)), "p"));

    [Fact]
    public void Probability_LogNormalInput_RejectedWithSupport()
    {
        var e = Assert.Throws<ArgumentException>(() => InputChecks.Probability(new ScalarInput("p", new LogNormal(0, 1)), "winRate"));
        Assert.Contains("winRate must be a probability: a distribution with values in [0, 1]; was LogNormal(", e.Message, StringComparison.Ordinal);
        Assert.Contains("with values in [0, Infinity]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNegative_Uniform_AcceptedOrRejectedBySupport()
    {
        Assert.NotNull(InputChecks.NonNegative(new Uniform(0, 5), "v"));
        Assert.Throws<ArgumentException>(() => InputChecks.NonNegative(new Uniform(-1, 5), "v"));
    }
}
