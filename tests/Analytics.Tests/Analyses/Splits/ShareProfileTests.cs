using Analytics.Analyses.Splits;
using Analytics.TestSupport;

namespace Analytics.Tests.Analyses.Splits;

public class ShareProfileTests
{
    [Fact]
    public void Of_ShippedSplits_BestProbabilityAtEachShareIsTheMaximumOverTheGridsSplitsWithIt()
    {
        var r = AnalysisRuns.Splits; // three streams at 25%: 15 splits
        for (var k = 0; k < 3; k++)
        {
            var profile = ShareProfile.Of(r, k);
            Assert.Equal(r.Streams[k], profile.Stream);
            Assert.Equal(r.Plan.Split[k], profile.PlanShare);
            Assert.Equal([0, 0.25, 0.5, 0.75, 1], profile.Points.Select(p => p.Share));
            foreach (var point in profile.Points)
            {
                var rows = r.Grid.Where(row => Math.Abs(row.Split[k] - point.Share) < 1e-9).ToArray();
                Assert.Equal(rows.Max(row => row.ProbabilityOfTarget.Value), point.BestProbability);
                Assert.Equal(point.Share, point.BestSplit[k], 12);
                Assert.Contains(rows, row => row.Split.Equals(point.BestSplit));
            }
        }

        // All-in on one line is one split only: its profile point is that split.
        Assert.Equal(new Split([1, 0, 0]), ShareProfile.Of(r, 0).Points[^1].BestSplit);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void All_AnyNumberOfLines_OneProfilePerStreamInOrder(int lines)
    {
        var r = LineScenarios.Splits(lines);
        var profiles = ShareProfile.All(r);
        Assert.Equal(r.Streams, profiles.Select(p => p.Stream));
        var best = profiles.Max(p => p.Points.Max(x => x.BestProbability));
        Assert.Equal(r.Best.ProbabilityOfTarget.Value, best); // the grid's best is on every line's profile at its share
    }

    [Fact]
    public void Of_StreamOutOfRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ShareProfile.Of(AnalysisRuns.Splits, 3));
}
