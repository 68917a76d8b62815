using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tests.Analyses;

namespace Analytics.Tests.Simulation.Results;

public class OutcomeDriverTests
{
    private static readonly Lazy<SimulationResult> Run = new(() => SimulationEngine.Run(
        new RecordingModel(new ScenarioModel(ScenarioLoader.Load(Tests.Scenarios.ScenarioFiles.Plc)), [], ["market"]),
        new SimulationOptions(8192, seed: 4, threads: 2)));

    [Fact]
    public void Parts_StreamsOfTheTotal_VarianceSharesAddUpToOne()
    {
        var parts = OutcomeDriver.Parts(Run.Value, "total", ["repurchase", "newCustomers", "newProduct"]);
        Assert.Equal(1.0, parts.Sum(p => p.VarianceShare!.Value), 1e-9);
        Assert.Equal(parts.OrderByDescending(p => p.VarianceShare).Select(p => p.Name), parts.Select(p => p.Name));
        // New customers carry the widest spread (sd about 800 of the total's 1200).
        Assert.Equal("newCustomers", parts[0].Name);
        foreach (var p in parts)
        {
            Assert.Equal(Run.Value.Output(p.Name).Mean, p.Mean);
        }
    }

    // Two streams, a = X ~ N(1000, 300²) and b = Y + ε with Y ~ N(1000, 400²) and noise ε ~ N(0, 200²),
    // all independent; X recorded as an input. Total sd σ = sqrt(300² + 400² + 200²) = 538.5.
    private const int LinearTrials = 8192;

    private static readonly Lazy<SimulationResult> Linear = new(() =>
    {
        var x = new ScalarInput("x", new Normal(1000, 300));
        var scenario = new Scenario("linear", null, 2000,
        [
            new ScenarioStream("a", 1000, null, [new AnalysisTestModels.InputComponent("a.x", x)]),
            new ScenarioStream("b", 1000, null, [new AnalysisTestModels.InputComponent("b.y", new ScalarInput("y", new Normal(1000, 400))), new AnalysisTestModels.NormalComponent("b.noise", 0, 200)]),
        ], [], "linear");
        return SimulationEngine.Run(new RecordingModel(new ScenarioModel(scenario), [], ["x"]), new SimulationOptions(LinearTrials, seed: 4, threads: 2));
    });

    private static readonly double LinearSd = Math.Sqrt((300 * 300) + (400 * 400) + (200 * 200));

    // For normals Spearman's rho is (6/π) asin(r/2); its SE about (1 − ρ²) sqrt(1.06/(n − 3)) (Fieller et al. 1957).
    private static (double Rho, double Se) Spearman(double r)
    {
        var rho = 6 / Math.PI * Math.Asin(r / 2);
        return (rho, (1 - (rho * rho)) * Math.Sqrt(1.06 / (LinearTrials - 3)));
    }

    [Fact]
    public void Parts_LinearStreams_SharesAndRankCorrelationsInClosedForm()
    {
        // A part's variance share cov(part, total)/var(total) is the slope of the part on the total:
        // 300²/σ² = 0.310 for a and (400² + 200²)/σ² = 0.690 for b, each with the slope's SE
        // sd(part) sqrt(1 − r²)/(σ sqrt(n − 1)) (0.0051 and 0.0051); r = sd(part)/σ. 4 SEs.
        var parts = OutcomeDriver.Parts(Linear.Value, "total", ["a", "b"]);
        Assert.Equal(["b", "a"], parts.Select(p => p.Name));
        foreach (var (part, sd) in parts.Zip(new[] { Math.Sqrt((400 * 400) + (200 * 200)), 300 }))
        {
            var r = sd / LinearSd;
            var shareSe = sd * Math.Sqrt(1 - (r * r)) / (LinearSd * Math.Sqrt(LinearTrials - 1));
            Assert.Equal(r * r, part.VarianceShare!.Value, 4 * shareSe);
            var (rho, se) = Spearman(r);
            Assert.Equal(rho, part.RankCorrelation, 4 * se);
        }
    }

    [Fact]
    public void Parts_TheOutcomeItself_ShareOneAndRankCorrelationOne()
    {
        var self = Assert.Single(OutcomeDriver.Parts(Run.Value, "total", ["total"]));
        Assert.Equal(1.0, self.VarianceShare!.Value, 1e-12);
        Assert.Equal(1.0, self.RankCorrelation, 1e-12);
    }

    [Fact]
    public void Inputs_LinearInput_RankCorrelationInClosedFormNoVarianceShare()
    {
        // x is stream a itself: corr(x, total) = 300/538.5 = 0.557, Spearman (6/π) asin(0.279) = 0.539
        // (SE 0.0081 at 8,192 trials; 4 of them). An input is not a part: no variance share.
        var x = Assert.Single(OutcomeDriver.Inputs(Linear.Value, "total", ["x"]));
        Assert.Equal("x", x.Name);
        Assert.Null(x.VarianceShare);
        var (rho, se) = Spearman(300 / LinearSd);
        Assert.Equal(rho, x.RankCorrelation, 4 * se);
        Assert.Equal(1000, x.Mean, 4 * 300 / Math.Sqrt(LinearTrials));
    }

    [Fact]
    public void Parts_UnknownOutput_Throws()
        => Assert.Throws<ArgumentException>(() => OutcomeDriver.Parts(Run.Value, "total", ["nonsense"]));
}
