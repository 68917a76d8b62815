using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class RiskHeadlineTests
{
    [Theory]
    [InlineData(1.2, 0.01, 0.5, 0.6, 100L)]
    [InlineData(0.5, -0.01, 0.4, 0.6, 100L)]
    [InlineData(0.5, 0.01, 0.6, 0.7, 100L)]
    [InlineData(0.5, 0.01, 0.4, 0.45, 100L)]
    [InlineData(0.5, 0.01, 0.4, 0.6, 0L)]
    [InlineData(double.NaN, 0.01, 0.4, 0.6, 100L)]
    public void Constructor_OutOfRange_Throws(double p, double se, double lower, double upper, long trials)
        => Assert.ThrowsAny<ArgumentException>(() => new RiskHeadline("s", "abc", 5000, p, se, lower, upper, 1, 1, 2, 3, trials, 1));

    [Fact]
    public void From_Run_TheTotalsSummaryAndTheManifest()
    {
        var h = RiskHeadline.From(ScenarioRuns.Plc, ScenarioRuns.Result);
        var total = ScenarioRuns.Result.Output("total");
        Assert.Equal(("plc-2026", ScenarioRuns.Plc.Hash, 5000.0), (h.Scenario, h.ScenarioHash, h.Target));
        Assert.Equal((total.ProbabilityOfTarget!.Value, total.ProbabilityOfTarget.StandardError), (h.ProbabilityOfHit, h.StandardError));
        Assert.Equal((total.ProbabilityOfTarget.Lower95, total.ProbabilityOfTarget.Upper95), (h.Lower95, h.Upper95));
        Assert.Equal((total.Mean, total.Percentiles.P10, total.Percentiles.P50, total.Percentiles.P90), (h.Mean, h.P10, h.P50, h.P90));
        Assert.Equal((ScenarioRuns.Trials, 7UL), (h.Trials, h.Seed));
        // Independent trials: SE = sqrt(p(1 - p)/n).
        Assert.Equal(Math.Sqrt(h.ProbabilityOfHit * (1 - h.ProbabilityOfHit) / ScenarioRuns.Trials), h.StandardError, 1e-12);
    }

    [Fact]
    public void From_RunOfAnotherScenario_Throws()
    {
        var other = ScenarioRuns.Plc with { Hash = "0000" };
        var e = Assert.Throws<ArgumentException>(() => RiskHeadline.From(other, ScenarioRuns.Result));
        Assert.Contains("not of the scenario \"plc-2026\"", e.Message, StringComparison.Ordinal);
    }
}
