using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Simulation.Results;

public class ConvergencePointTests
{
    [Fact]
    public void ProbabilityOfTarget_HitsOverTrials_OrNullWithoutATarget()
    {
        Assert.Equal(0.375, new ConvergencePoint(1000, 5, 0.1, 375).ProbabilityOfTarget);
        Assert.Null(new ConvergencePoint(1000, 5, 0.1, null).ProbabilityOfTarget);
    }

    [Fact]
    public void Run_Checkpoints_CarryTheHitCountsOfTheirTrials()
    {
        // The counts are the engine's own: at each checkpoint, the trials so far at or above the target.
        var model = new TestModels.Identity([new ScalarInput("z", new Normal(0, 1))], target: 0.5);
        var result = SimulationEngine.Run(model, new SimulationOptions(12_000, seed: 4, threads: 2));
        var z = result.Samples("z").ToArray();
        foreach (var point in result.Output("z").Convergence)
        {
            Assert.Equal(z.Take((int)point.Trials).Count(v => v >= 0.5), point.Hits);
        }
    }
}
