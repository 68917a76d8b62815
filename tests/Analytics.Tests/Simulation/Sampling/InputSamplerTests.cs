using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Tests.Simulation.Sampling;

public class InputSamplerTests
{
    private const ulong Seed = 2026;

    private static BlockContext Block(IReadOnlyList<ScalarInput> inputs, int n, long blockIndex = 0)
    {
        var block = new BlockContext(Seed, inputs, [], n);
        block.Begin(blockIndex, blockIndex * n, n);
        return block;
    }

    private static double[] Sampled(IReadOnlyList<ScalarInput> inputs, SamplerKind kind, int n, int column = 0, long blockIndex = 0)
    {
        var block = Block(inputs, n, blockIndex);
        new InputSampler(inputs, kind, null).Sample(block, []);
        return block.Input(column).ToArray();
    }

    [Fact]
    public void Sample_Constant_EveryTrialItsValue()
        => Assert.All(Sampled([ScalarInput.Fixed("price", 12.5)], SamplerKind.MonteCarlo, 50), v => Assert.Equal(12.5, v));

    [Fact]
    public void Sample_MonteCarlo_TheInputsOwnStreamInTheBlock()
    {
        var input = new ScalarInput("market", new Normal(100, 15));
        // The stream of (run seed, block 3, key of the name), drawn as the distribution draws a buffer.
        var rng = new Xoshiro256StarStar(RandomStreams.Seed(Seed, 3, RandomStreams.Key("market")));
        var expected = new double[64];
        input.Distribution.Samples(ref rng, expected);
        Assert.Equal(expected, Sampled([input], SamplerKind.MonteCarlo, 64, blockIndex: 3));
    }

    [Fact]
    public void Sample_AnotherInputAdded_FirstInputKeepsItsDraws()
    {
        var market = new ScalarInput("market", new Normal(100, 15));
        var alone = Sampled([market], SamplerKind.MonteCarlo, 100);
        var withOther = Sampled([new ScalarInput("winRate", new Uniform(0.1, 0.3)), market], SamplerKind.MonteCarlo, 100, column: 1);
        Assert.Equal(alone, withOther);
    }

    [Fact]
    public void Sample_OtherBlock_OtherDraws()
    {
        ScalarInput[] inputs = [new("x", new Uniform(0, 1))];
        Assert.NotEqual(Sampled(inputs, SamplerKind.MonteCarlo, 20, blockIndex: 0), Sampled(inputs, SamplerKind.MonteCarlo, 20, blockIndex: 1));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(97)]
    [InlineData(1000)]
    public void Sample_LatinHypercubeUniform_OneDrawInEachStratum(int n)
    {
        var draws = Sampled([new ScalarInput("x", new Uniform(0, 1))], SamplerKind.LatinHypercube, n);
        var strata = draws.Select(u => (int)Math.Floor(u * n)).Order();
        Assert.Equal(Enumerable.Range(0, n), strata);
    }

    [Fact]
    public void Sample_LatinHypercubeNormal_OneDrawInEachProbabilityStratum()
    {
        const int n = 200;
        var normal = new Normal(50, 10);
        var draws = Sampled([new ScalarInput("x", normal)], SamplerKind.LatinHypercube, n);
        Assert.Equal(Enumerable.Range(0, n), draws.Select(x => (int)Math.Floor(normal.Cdf(x) * n)).Order());
        // Stratified: the sample mean is far closer to 50 than an independent sample's SE of 10/sqrt(200) = 0.71.
        Assert.Equal(50, draws.Average(), 0.2);
    }

    [Fact]
    public void Sample_LatinHypercube_StrataInRandomOrder()
    {
        const int n = 100;
        var draws = Sampled([new ScalarInput("x", new Uniform(0, 1))], SamplerKind.LatinHypercube, n);
        Assert.NotEqual(draws.Order(), draws);
    }

    [Fact]
    public void Sample_LatinHypercubeSameSeed_SameDraws()
    {
        ScalarInput[] inputs = [new("x", new Uniform(0, 1))];
        Assert.Equal(Sampled(inputs, SamplerKind.LatinHypercube, 50), Sampled(inputs, SamplerKind.LatinHypercube, 50));
    }

    [Fact]
    public void Sample_LatinHypercubeSingleTrial_InsideTheSupport()
    {
        var u = Assert.Single(Sampled([new ScalarInput("x", new Uniform(2, 3))], SamplerKind.LatinHypercube, 1));
        Assert.InRange(u, 2, 3);
    }

    [Fact]
    public void Sample_WithCorrelation_ImposedAndAchievedWritten()
    {
        const int n = 2000;
        ScalarInput[] inputs = [new("a", new Normal(0, 1)), new("b", new Uniform(0, 1))];
        var block = Block(inputs, n);
        var achieved = new double[1];
        new InputSampler(inputs, SamplerKind.MonteCarlo, ImanConover.Create(inputs, [new RankCorrelation("a", "b", 0.7)], [n])).Sample(block, achieved);
        Assert.Equal(Ranks.Spearman(block.Input(0), block.Input(1)), achieved[0], 12);
        Assert.Equal(0.7, achieved[0], 0.02);
        // The reordering keeps the draws themselves: the same values as without the correlation.
        Assert.Equal(Sampled(inputs, SamplerKind.MonteCarlo, n).Order(), block.Input(0).ToArray().Order());
    }
}
