using Analytics.Scenarios.Sections;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios.Sections;

public class SectionRecordsTests
{
    [Fact]
    public void Factor_PlanShare_IsOneAndFloorAtZero()
    {
        static double F(double share, double e) => StreamResponse.Factor(0.3, e, StreamResponse.LogShareRatio(share, 0.4));
        Assert.Equal(1, F(0.4, 0.5)); // exactly: the plan's split reproduces the scenario
        Assert.Equal(0.3, F(0, 0.5));
        Assert.Equal(0.3 + (0.7 * Math.Sqrt(2)), F(0.8, 0.5), 12); // doubling effort: (2)^0.5
        Assert.Equal(0.3 + (0.7 * Math.Sqrt(0.5)), F(0.2, 0.5), 12); // halving it: (1/2)^0.5
        Assert.Equal(1, F(0, 0)); // no elasticity: no answer to effort at all
    }

    [Theory]
    [InlineData(-0.1, 0.5)]
    [InlineData(1.1, 0.5)]
    [InlineData(double.NaN, 0.5)]
    [InlineData(0.5, 0)]
    [InlineData(0.5, 1.2)]
    public void LogShareRatio_OutOfRange_Throws(double share, double baseline)
        => Assert.ThrowsAny<ArgumentException>(() => StreamResponse.LogShareRatio(share, baseline));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Create_StreamResponseFloorOutOfRange_Throws(double floor)
        => Assert.ThrowsAny<ArgumentException>(() => new StreamResponse("s", floor, new ScalarInput("e", new Constant(0.5))));

    [Fact]
    public void Create_ElasticityAboveOne_Throws()
        => Assert.Throws<ArgumentException>(() => new StreamResponse("s", 0.5, new ScalarInput("e", new Uniform(0, 2))));

    [Fact]
    public void FromQuarters_SplitsEachQuarterEvenly()
    {
        var months = PhasingSpec.FromQuarters([0.18, 0.24, 0.30, 0.28]);
        Assert.Equal(12, months.Count);
        Assert.Equal(0.06, months[2], 15);
        Assert.Equal(0.28 / 3, months[11], 15);
        Assert.Equal(1, months.Sum(), 12);
    }

    [Fact]
    public void Create_PhasingNotAddingUpOrTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PhasingSpec(PhasingSpec.FromQuarters([0.2, 0.2, 0.2, 0.2]), []));
        Assert.Throws<ArgumentException>(() => new PhasingSpec([1.0], []));
        Assert.Throws<ArgumentException>(() => new PhasingSpec(PhasingSpec.FromQuarters([0.25, 0.25, 0.25, 0.25]), [new StreamTiming("a", 5, null), new StreamTiming("a", 6, null)]));
    }

    [Fact]
    public void Create_TimingOutOfRange_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new StreamTiming("a", 0, null));
        Assert.ThrowsAny<ArgumentException>(() => new StreamTiming("a", double.PositiveInfinity, null));
        Assert.ThrowsAny<ArgumentException>(() => new StreamTiming("a", 5, new DiscreteUniform(0, 3)));
    }

    [Fact]
    public void Create_TriggerAndBudgetOutOfRange_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TriggerSpec(1.2, false, null));
        Assert.ThrowsAny<ArgumentException>(() => new PolicyBoost("p", 0));
        Assert.ThrowsAny<ArgumentException>(() => new BudgetItem("b", 0, [], null));
        Assert.ThrowsAny<ArgumentException>(() => new BudgetAttribution("s", -0.1));
        Assert.ThrowsAny<ArgumentException>(() => new AnalysisSections([], [new StreamMargin("a", 0.3), new StreamMargin("a", 0.4)], null, null, []));
    }

    [Fact]
    public void PolicyBoostApply_RaisesTheInputCappedAtOneOnTheSameUniforms()
    {
        var scenario = Analytics.Scenarios.ScenarioLoader.Load(Analytics.Tests.Scenarios.ScenarioFiles.Plc);
        var pushed = new PolicyBoost("newProduct.benchmarks.winProbability", 0.1).Apply(scenario);
        var before = scenario.Input("newProduct.benchmarks.winProbability").Distribution;
        var after = pushed.Input("newProduct.benchmarks.winProbability").Distribution;
        Assert.Equal(Math.Min(1, before.InverseCdf(0.3) + 0.1), after.InverseCdf(0.3), 1e-12);
        Assert.Equal(scenario.Input("market"), pushed.Input("market"));
        Assert.Throws<ArgumentException>(() => new PolicyBoost("nothing", 0.1).Apply(scenario));
    }
}
