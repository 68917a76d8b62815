using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Engine;

public class BlockContextTests
{
    private static readonly ScalarInput[] Inputs = [new("market", new Normal(0, 1)), new("winRate", new Uniform(0, 1))];

    /// <summary>A context for blocks of 8 over 20 trials (two outputs), at block 1: trials 8 to 15.</summary>
    private static (BlockContext Block, double[][] Outputs) Context(ulong seed = 99)
    {
        double[][] outputs = [new double[20], new double[20]];
        var block = new BlockContext(seed, Inputs, outputs, 8);
        block.Begin(1, 8, 8);
        return (block, outputs);
    }

    [Fact]
    public void Begin_Block_ItsIndexFirstTrialAndCount()
    {
        var (block, _) = Context();
        Assert.Equal((1L, 8L, 8), (block.BlockIndex, block.FirstTrial, block.Count));
        block.Begin(2, 16, 4); // the short last block
        Assert.Equal((2L, 16L, 4), (block.BlockIndex, block.FirstTrial, block.Count));
        Assert.Equal(4, block.Input(0).Length);
    }

    [Fact]
    public void StreamSeed_FromRunSeedBlockAndKey()
    {
        var (block, _) = Context(seed: 123);
        var key = RandomStreams.Key("count");
        Assert.Equal(RandomStreams.Seed(123, 1, key), block.StreamSeed(key));
        block.Begin(5, 40, 8);
        Assert.Equal(RandomStreams.Seed(123, 5, key), block.StreamSeed(key));
    }

    [Fact]
    public void Stream_TheGeneratorOfItsSeed()
    {
        var (block, _) = Context();
        var key = RandomStreams.Key("value");
        var expected = new Xoshiro256StarStar(block.StreamSeed(key));
        var stream = block.Stream(key);
        Assert.Equal(expected.NextUInt64(), stream.NextUInt64());
    }

    [Fact]
    public void Stream_OtherKey_OtherDraws()
    {
        var (block, _) = Context();
        var a = block.Stream(RandomStreams.Key("a"));
        var b = block.Stream(RandomStreams.Key("b"));
        Assert.NotEqual(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void Input_ByIndexAndByName_TheSameColumn()
    {
        var (block, _) = Context();
        block.InputColumn(1).Fill(0.25);
        Assert.Equal(block.Input(1).ToArray(), block.Input("winRate").ToArray());
        Assert.All(block.Input("winRate").ToArray(), v => Assert.Equal(0.25, v));
    }

    [Fact]
    public void Input_UnknownName_ThrowsListingTheInputs()
    {
        var (block, _) = Context();
        var e = Assert.Throws<ArgumentException>(() => block.Input("winrate").ToArray());
        Assert.Contains("no input named \"winrate\"; its inputs are: market, winRate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_WritesTheBlocksTrialsOfTheRunsColumn()
    {
        var (block, outputs) = Context();
        block.Output(1).Fill(7);
        Assert.Equal([.. Enumerable.Repeat(0.0, 8), .. Enumerable.Repeat(7.0, 8), .. Enumerable.Repeat(0.0, 4)], outputs[1]);
        Assert.All(outputs[0], v => Assert.Equal(0, v));
    }

    [Fact]
    public void RentDoubles_Zeroed_AndZeroedAgainAfterTheNextBegin()
    {
        var (block, _) = Context();
        var first = block.RentDoubles(100);
        first.Fill(3);
        var second = block.RentDoubles(50);
        Assert.All(second.ToArray(), v => Assert.Equal(0, v));
        Assert.All(first.ToArray(), v => Assert.Equal(3, v)); // a later rent leaves an earlier span alone
        block.Begin(2, 16, 4);
        Assert.All(block.RentDoubles(100).ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void RentInts_Zeroed()
    {
        var (block, _) = Context();
        block.RentInts(10).Fill(9);
        block.Begin(2, 16, 4);
        Assert.All(block.RentInts(10).ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Seed_TheRunSeed() => Assert.Equal(77UL, Context(seed: 77).Block.Seed);
}
