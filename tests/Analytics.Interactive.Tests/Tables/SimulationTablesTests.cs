using Analytics.Interactive.Tables;
using Analytics.Interactive.Tests.TestSupport;
using Analytics.Simulation.Results;

namespace Analytics.Interactive.Tests.Tables;

public class SimulationTablesTests
{
    [Fact]
    public void Convergence_McRun_EngineCheckpointsWithIndependentTrialsErrors()
    {
        var frame = SimulationTables.Convergence(Runs.Mc);
        var trials = frame["trials"].Cast<long?>().Select(t => t!.Value).ToArray();
        Assert.Equal([1000L, 2000, 5000, 10000, Runs.Trials], trials);
        for (var i = 0; i < trials.Length; i++)
        {
            var p = (double)frame["pHit"][i];
            Assert.Equal(Math.Sqrt(p * (1 - p) / trials[i]), (double)frame["stdError"][i], 1e-12);
            Assert.InRange(p, (double)frame["lower95"][i], (double)frame["upper95"][i]);
        }

        Assert.Equal(Runs.Mc.Output("total").ProbabilityOfTarget!.Value, (double)frame["pHit"][trials.Length - 1], 1e-12);
    }

    [Fact]
    public void Convergence_LatinHypercubeOrNoTarget_Throws()
    {
        Assert.Throws<ArgumentException>(() => SimulationTables.Convergence(Runs.Lhs));
        Assert.Throws<ArgumentException>(() => SimulationTables.Convergence(Runs.Mc, "market"));
    }

    [Fact]
    public void Compare_McAndLhs_OneRowEachWithTheirOwnErrors()
    {
        var frame = SimulationTables.Compare([("MC", Runs.Mc), ("LHS", Runs.Lhs)]);
        Assert.Equal(["MC", "LHS"], frame["run"].Cast<string>());
        Assert.Equal(["mc", "lhs"], frame["sampler"].Cast<string>());
        Assert.Equal(["trials", "blocks"], frame["errorFrom"].Cast<string>());
        var lhs = Runs.Lhs.Output("total");
        Assert.Equal(lhs.ProbabilityOfTarget!.StandardError, (double)frame["pHitStdError"][1]);
        Assert.Equal(lhs.MeanStandardError, (double)frame["meanStdError"][1]);
        Assert.Equal(Runs.Mc.Output("total").Percentiles.P90, (double)frame["p90"][0]);
    }

    [Fact]
    public void Compare_OutputWithoutTarget_Throws()
        => Assert.Throws<ArgumentException>(() => SimulationTables.Compare([("MC", Runs.Mc)], "market"));

    [Fact]
    public void Drivers_PartsAndInput_VarianceShareBlankForTheInput()
    {
        var drivers = OutcomeDriver.Parts(Runs.Mc, "total", ["repurchase", "newCustomers", "newProduct"]).Concat(OutcomeDriver.Inputs(Runs.Mc, "total", ["market"])).ToArray();
        var frame = SimulationTables.Drivers(drivers);
        Assert.Equal(4, frame.Rows.Count);
        Assert.Null(frame["varianceShare"][3]);
        Assert.Equal(1.0, frame["varianceShare"].Cast<double?>().Take(3).Sum()!.Value, 1e-9);
    }
}
