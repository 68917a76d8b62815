using Analytics.Common;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class LineRiskTests
{
    [Fact]
    public void From_ShippedRun_TheStreamsOwnFiguresUnderItsLinesName()
    {
        var line = ScenarioRuns.Match(Shipped.Decomposition).Streams.Single(s => s.Stream == "newCustomers");
        var risk = LineRisk.From(line, ScenarioRuns.Result);
        var output = ScenarioRuns.Result.Output("newCustomers");
        Assert.Equal(("newCustomers", "新客戶開發", 2200.0), (risk.Stream, risk.Name.Zh, risk.Target));
        Assert.Equal((output.Mean, output.Percentiles.P10, output.Percentiles.P50, output.Percentiles.P90), (risk.Mean, risk.P10, risk.P50, risk.P90));
        Assert.Equal((output.ProbabilityOfTarget!.Value, output.ProbabilityOfTarget.StandardError), (risk.ProbabilityOfTarget, risk.StandardError));
    }

    [Theory]
    [InlineData(-0.1, 0.01)]
    [InlineData(1.1, 0.01)]
    [InlineData(0.5, double.NaN)]
    public void Constructor_NotAProbability_Throws(double p, double se)
        => Assert.ThrowsAny<ArgumentException>(() => new LineRisk("s", new BilingualText("線", "line"), 1, 1, 1, 1, 1, p, se));

    [Fact]
    public void Constructor_BlankStream_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new LineRisk(" ", new BilingualText("線", "line"), 1, 1, 1, 1, 1, 0.5, 0.01));
}
