using Analytics.Simulation.Results;

namespace Analytics.Tests.Simulation.Results;

public class ProbabilityEstimateTests
{
    [Fact]
    public void FromIndependentTrials_NoSuccesses_WilsonUpperBound()
    {
        // Wilson with p = 0: upper = z²/(n + z²) = 3.8415/103.8415 = 0.036994.
        var e = ProbabilityEstimate.FromIndependentTrials(0, 100);
        Assert.Equal(0, e.Probability);
        Assert.Equal(0, e.StandardError);
        Assert.Equal(0, e.Lower95, 1e-12);
        Assert.Equal(0.036994, e.Upper95, 1e-6);
    }

    [Fact]
    public void FromIndependentTrials_Half_SymmetricInterval()
    {
        var e = ProbabilityEstimate.FromIndependentTrials(5000, 10_000);
        Assert.Equal(0.005, e.StandardError, 1e-15);
        Assert.Equal(0.5 - e.Lower95, e.Upper95 - 0.5, 1e-12);
        Assert.Equal(1.96 * 0.005, e.Upper95 - 0.5, 1e-4);
    }

    [Fact]
    public void FromBlocks_ClipsToUnitInterval()
    {
        var e = ProbabilityEstimate.FromBlocks(0.99, 0.01);
        Assert.Equal(1, e.Upper95);
        Assert.Equal(StandardErrorMethod.BetweenBlocks, e.Method);
    }
}
