using Analytics.Common;
using Analytics.Scenarios;

namespace Analytics.Tests.Scenarios;

public class ScenarioPlanDifferenceTests
{
    [Fact]
    public void ToString_BothPlaces_ProblemThenScenarioThenPlan()
        => Assert.Equal(
            "phasing Q1 is 25% (scenario s.json:12; plan phasing.csv:2)",
            new ScenarioPlanDifference(true, "phasing Q1 is 25%", new SourceLocation("s.json", 12), new SourceLocation("phasing.csv", 2)).ToString());

    [Fact]
    public void ToString_NoPlanPlace_OnlyTheScenarios()
        => Assert.Equal("x (scenario s.json)", new ScenarioPlanDifference(false, "x", new SourceLocation("s.json", 0), SourceLocation.None).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankProblem_ArgumentException(string problem)
        => Assert.ThrowsAny<ArgumentException>(() => new ScenarioPlanDifference(true, problem, SourceLocation.None, SourceLocation.None));
}
