using Analytics.Funnel;
using CsCheck;

namespace Analytics.Tests.Funnel;

public class ChannelProgramTests
{
    // The plan's ten partners (data/plc-2026/channel_partners.csv), their targets used as productivity.
    private static readonly ChannelPartnerWeight[] PlanPartners = new[] { 120m, 80m, 100m, 70m, 60m, 50m, 130m, 90m, 110m, 70m }
        .Select((w, i) => new ChannelPartnerWeight($"cp{i + 1:00}", w)).ToArray();

    [Fact]
    public void Seed_ChannelCarries880AndAllocationsFollowProductivity()
    {
        var p = new ChannelProgram(2200m, 0.40m, PlanPartners, rebateRate: 0.05m);
        Assert.Equal(880m, p.ChannelTarget);
        Assert.Equal(1320m, p.DirectTarget);
        Assert.Equal(PlanPartners.Select(w => w.Productivity), p.Allocations.Select(a => a.Value));
        Assert.Equal(44m, p.RebateCost);
    }

    [Fact]
    public void Seed_ConcentrationHandComputed()
    {
        // Sum of squared targets 83,800 over 880^2 = 774,400; top partner 130 / 880.
        var p = new ChannelProgram(2200m, 0.40m, PlanPartners);
        Assert.Equal(Math.Round(83_800m / 774_400m, 20), Math.Round(p.Concentration, 20));
        Assert.Equal(Math.Round(130m / 880m, 20), Math.Round(p.TopPartnerShare, 20));
        Assert.Equal(130m, p.ShortfallWithoutTopPartner);
        Assert.Equal(9.241, (double)p.EffectivePartners, 3);
    }

    [Fact]
    public void Allocations_EqualPartners_LeftoverUnitGoesToFirst()
    {
        var p = new ChannelProgram(250m, 0.4m, [new("a", 1m), new("b", 1m), new("c", 1m)]);
        Assert.Equal([34m, 33m, 33m], p.Allocations.Select(a => a.Value));
    }

    [Fact]
    public void Allocations_AnyWeights_AddUpToChannelTargetExactly()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 100], Gen.Int[1, 1000].Array[1, 20]).Sample((target, sharePercent, weights) =>
        {
            var partners = weights.Select((w, i) => new ChannelPartnerWeight("p" + i, w)).ToArray();
            var p = new ChannelProgram(target, sharePercent / 100m, partners);
            Assert.Equal(p.ChannelTarget, p.Allocations.Sum(a => a.Value));
        });
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ChannelProgram(100m, 0.4m, [new("a", 1m), new("a", 2m)]));
        Assert.Contains("\"a\" appears 2 times", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.4, 0)]
    [InlineData(100, 1.4, 0)]
    [InlineData(100, 0.4, -0.1)]
    public void Constructor_Invalid_Throws(double target, double share, double rebate)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelProgram((decimal)target, (decimal)share, PlanPartners, (decimal)rebate));
}
