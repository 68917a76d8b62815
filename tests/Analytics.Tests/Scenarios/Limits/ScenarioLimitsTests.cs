using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Scenarios.Limits;

public sealed class ScenarioLimitsTests
{
    [Fact]
    public void Reach_BoundedUnboundedAndOverflowing()
    {
        Assert.Equal(8, ScenarioLimits.Reach(new Uniform(2, 8)));
        var lognormal = new LogNormal(0, 1);
        Assert.Equal(Math.Exp(new Normal(0, 1).InverseCdf(1 - 1e-9)), ScenarioLimits.Reach(lognormal), 1e-6);
        Assert.Equal(double.PositiveInfinity, ScenarioLimits.Reach(new LogNormal(710, 1)));
    }

    [Theory]
    [InlineData("\"target\": 1e13", 3)]
    [InlineData("\"multiplier\": { \"dist\": \"uniform\", \"min\": 0, \"max\": 1e13 }", 5)]
    public void Load_AmountsBeyondTheLimit_RefusedAtTheirLine(string key, int line)
    {
        var text = $$"""
            {
              "scenario": "x",
              {{(line == 3 ? key : "\"target\": 10")}},
              "streams": { "s": { "target": 10,
                {{(line == 5 ? key + "," : string.Empty)}} "components": { "c": { "model": "orderPool", "count": 1, "orderValue": 1 } } } }
            }
            """;
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "x.json"));
        Assert.Equal(line, e.Line);
        Assert.Contains("1e+12", e.Message, StringComparison.Ordinal);
    }
}
