using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Analyses.Tracking;

/// <summary>Small scenarios whose conditional answers are known (closed forms, quadrature, conjugate updates), for the tracking tests.</summary>
internal static class TrackingTestScenarios
{
    /// <summary>Equal quarterly shares: each month is 1/12 of the year.</summary>
    public static PhasingSpec EvenYear(params StreamTiming[] timings) => new(PhasingSpec.FromQuarters([0.25, 0.25, 0.25, 0.25]), timings);

    /// <summary>One stream "only" worth X ~ Normal(mean, sd), spread over an even year with concentration κ (and an optional first month).</summary>
    public static Scenario Normal(double target, double mean, double sd, double concentration, CountDistribution? firstMonth = null)
        => new("normal", null, target, [new ScenarioStream("only", target, null, [new AnalysisTestModels.NormalComponent("only.x", mean, sd)])], [], "normal")
        {
            Analysis = new AnalysisSections([], [], EvenYear(new StreamTiming("only", concentration, firstMonth)), null, []),
        };

    /// <summary>One stream "newCustomers" with one funnel "3c": Poisson(100) leads, win rate Beta(15, 85), orders LogNormal(10, cv 0.5).</summary>
    public static Scenario Funnel()
        => new("funnel", null, 150, [new ScenarioStream("newCustomers", 150, null, [new IndustryFunnel("newCustomers.3c", new Poisson(100), new ScalarInput("newCustomers.3c.winRate", new Beta(15, 85)), LogNormal.FromMeanCv(10, 0.5))])], [], "funnel")
        {
            Analysis = new AnalysisSections([], [], EvenYear(new StreamTiming("newCustomers", 20, null)), null, []),
        };

    /// <summary>One stream "newProduct" with a cascade "benchmarks": 3 prospects won with p ~ Beta(7, 13), 5-8 followers.</summary>
    public static Scenario Cascade()
        => new("cascade", null, 1000, [new ScenarioStream("newProduct", 1000, null, [new BenchmarkCascade("newProduct.benchmarks", 3, new ScalarInput("newProduct.benchmarks.winProbability", new Beta(7, 13)), LogNormal.FromMeanCv(150, 0.35), new DiscreteUniform(5, 8), LogNormal.FromMeanCv(110, 0.55))])], [], "cascade")
        {
            Analysis = new AnalysisSections([], [], EvenYear(new StreamTiming("newProduct", 20, null)), null, []),
        };
}
