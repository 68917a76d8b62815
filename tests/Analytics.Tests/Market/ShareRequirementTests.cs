using Analytics.Market;

namespace Analytics.Tests.Market;

public class ShareRequirementTests
{
    [Fact]
    public void At_SeedAt15Percent_Needs2Point6316PercentAndHoldShareGives4370()
    {
        // 5000 / (165217.39 x 1.15) = 0.026316; 3800 x 1.15 = 4370.
        var r = ShareRequirement.At(3800m, 0.023m, 5000m, 0.15m);
        Assert.Equal(0.026316m, Math.Round(r.RequiredShare, 6));
        Assert.Equal(4370m, r.HoldShareRevenue);
        Assert.Equal(630m, r.ShareGainRevenue);
        Assert.Equal(190_000m, Math.Round(r.MarketSize, 2));          // 165217.39 x 1.15 = 190,000.0
        Assert.Equal(0.003316m, Math.Round(r.ShareGainPoints, 6));     // 2.6316% - 2.3%
    }

    [Fact]
    public void At_SeedAt20Percent_Needs2Point5219PercentAndHoldShareGives4560()
    {
        var r = ShareRequirement.At(3800m, 0.023m, 5000m, 0.20m);
        Assert.Equal(0.025219m, Math.Round(r.RequiredShare, 6));
        Assert.Equal(4560m, r.HoldShareRevenue);
        Assert.Equal(440m, r.ShareGainRevenue);
    }

    [Fact]
    public void At_RelativeShareGain_MatchesDecomposition()
    {
        var r = ShareRequirement.At(3800m, 0.023m, 5000m, 0.15m);
        Assert.Equal(Math.Round(63m / 437m, 12), Math.Round(r.RelativeShareGain, 12));
    }

    [Fact]
    public void Over_FifteenToTwentyInFiveSteps_SixPointsEndsMatchAt()
    {
        var points = ShareRequirement.Over(3800m, 0.023m, 5000m, 0.15m, 0.20m, 5);
        Assert.Equal([0.15m, 0.16m, 0.17m, 0.18m, 0.19m, 0.20m], points.Select(p => p.MarketGrowth));
        Assert.Equal(4370m, points[0].HoldShareRevenue);
        Assert.Equal(4560m, points[^1].HoldShareRevenue);

        // More market growth, less share needed.
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.RequiredShare > p.Second.RequiredShare));
    }

    [Fact]
    public void Over_HighBelowLow_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShareRequirement.Over(3800m, 0.023m, 5000m, 0.2m, 0.1m));
        Assert.Equal("high", e.ParamName);
    }

    [Fact]
    public void Over_ZeroSteps_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShareRequirement.Over(3800m, 0.023m, 5000m, 0.1m, 0.2m, 0));
        Assert.Contains("steps must be an integer in [1, 1000]", e.Message, StringComparison.Ordinal);
    }
}
