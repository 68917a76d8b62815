using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;

namespace Analytics.Tests.Statistics;

public class TrialDesignTests
{
    [Theory]
    [InlineData(SamplerKind.MonteCarlo, 10_000, StandardErrorMethod.IndependentTrials)]
    [InlineData(SamplerKind.LatinHypercube, 1000, StandardErrorMethod.IndependentTrials)] // one block: no replicates
    [InlineData(SamplerKind.LatinHypercube, 1001, StandardErrorMethod.BetweenBlocks)] // a second (short) block
    [InlineData(SamplerKind.LatinHypercube, 10_000, StandardErrorMethod.BetweenBlocks)]
    public void MethodFor_SamplerAndBlocks_BetweenBlocksOnlyForAHypercubeOfTwoBlocksOrMore(SamplerKind sampler, long trials, StandardErrorMethod expected)
        => Assert.Equal(expected, new TrialDesign(sampler, 1000).MethodFor(trials));

    [Fact]
    public void Of_OptionsAndManifest_TheEngineBlockSizeAndTheSampler()
    {
        var lhs = TrialDesign.Of(new SimulationOptions(10, sampler: SamplerKind.LatinHypercube));
        Assert.Equal(new TrialDesign(SamplerKind.LatinHypercube, SimulationEngine.BlockSize), lhs);
        Assert.Equal(new TrialDesign(SamplerKind.MonteCarlo, 512), TrialDesign.Of(new RunManifest(1, 10, SamplerKind.MonteCarlo, 512, "h", "v")));
        Assert.Equal(SamplerKind.MonteCarlo, TrialDesign.IndependentTrials.Sampler);
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TrialDesign(SamplerKind.MonteCarlo, 0));
        Assert.ThrowsAny<ArgumentException>(() => new TrialDesign((SamplerKind)9, 10));
        Assert.ThrowsAny<ArgumentException>(() => TrialDesign.Of((SimulationOptions)null!));
    }
}
