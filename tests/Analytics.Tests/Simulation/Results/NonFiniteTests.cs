using Analytics.Common;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Simulation.Results;

public sealed class NonFiniteTests
{
    /// <summary>A model whose one output is infinite in its third trial, read from <paramref name="origin"/>.</summary>
    private sealed class Overflowing(string? origin = "bad.json") : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("revenue", 1)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = [];

        public IReadOnlyList<RankCorrelation> Correlations { get; } = [];

        public string Fingerprint => "x";

        public string? Origin => origin;

        public void SimulateBlock(BlockContext block)
        {
            var output = block.Output(0);
            for (var t = 0; t < output.Length; t++)
            {
                output[t] = block.FirstTrial + t == 2 ? double.MaxValue * 2 : 1;
            }
        }
    }

    [Fact]
    public void Run_AnInfiniteOutput_AnInputErrorNamingTheOriginTheOutputAndTheTrial()
    {
        var e = Assert.Throws<InputException>(() => SimulationEngine.Run(new Overflowing(), new SimulationOptions(100, threads: 2)));
        Assert.Equal("bad.json", e.File);
        Assert.StartsWith("bad.json: the simulated \"revenue\" is not a finite number (it is ", e.Message, StringComparison.Ordinal);
        Assert.Contains(" in trial 3)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DesignRunner_AnInfiniteOutput_TheSameAnswer()
    {
        var e = Assert.Throws<InputException>(() => DesignRunner.Run(new Overflowing(), [], [0, 0, 0], 1));
        Assert.Contains("the simulated \"revenue\" is not a finite number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AnInfiniteOutputOfAModelBuiltInCode_KeptAsIeeeArithmeticGivesIt()
    {
        var result = SimulationEngine.Run(new Overflowing(origin: null), new SimulationOptions(100, threads: 2));
        Assert.Equal(double.PositiveInfinity, result.Output("revenue").Mean);
    }
}
