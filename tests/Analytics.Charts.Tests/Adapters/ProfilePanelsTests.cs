using Analytics.Analyses.Splits;
using Analytics.Charts.Adapters;
using Analytics.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests.Adapters;

public class ProfilePanelsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    public void From_AnyNumberOfLines_OnePanelPerLineFromTheLibrarysProfiles(int lines)
    {
        var r = LineScenarios.Splits(lines);
        var panels = ProfilePanels.From(r, s => new BilingualText("線 " + s, "line " + s));
        Assert.Equal(lines, panels.Count);
        for (var k = 0; k < lines; k++)
        {
            var profile = ShareProfile.Of(r, k);
            Assert.Equal("線 " + r.Streams[k], panels[k].Line.Zh);
            Assert.Equal(profile.Points.Select(p => p.Share), panels[k].Shares);
            Assert.Equal(profile.Points.Select(p => p.BestProbability), panels[k].BestProbability);
            Assert.Equal(r.Plan.Split[k], panels[k].PlanShare, 12);
        }
    }
}
