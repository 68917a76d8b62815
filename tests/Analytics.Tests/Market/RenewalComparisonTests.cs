using Analytics.Loading;
using Analytics.Market;
using Analytics.TestSupport;

namespace Analytics.Tests.Market;

public class RenewalComparisonTests
{
    private static GrowthInputs Inputs(decimal potential, decimal repurchase, decimal? lastYear)
        => new(9000m, 11500m, 0.03m, 0.08m, 0.12m, 300, 80, potential, repurchase, 4500m, 3000m, repurchaseLastYear: lastYear);

    [Fact]
    public void Renewals_ShippedPlan_AgainstTheRepurchaseTargetAndThePlansClaimShownAsItsOwn()
    {
        var r = GrowthJustification.Of(GrowthInputs.FromPlan(Plans.Shipped)).Renewals;
        Assert.Equal(1200m, r.RenewalPotential);
        Assert.Equal(1800m, r.RepurchaseTarget);
        Assert.Equal(600m, r.LeftForUpgrades); // 1800 - 1200
        Assert.Equal(1200m / 1800m, r.ShareOfRepurchaseTarget);
        Assert.Null(r.RepurchaseLastYear);
        Assert.True(r.PlanClaimsIncrement); // 1200 = 5000 - 3800, the seed's own claim
        Assert.Contains("The plan's claim that the potential equals the increment (1200) is its own", r.Sentence(), StringComparison.Ordinal);
        Assert.Contains("Last year's repurchase is not stated", r.Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void Renewals_LastYearStated_RepurchaseGrowthComparedLikeWithLike()
    {
        var r = new RenewalComparison(Inputs(2400m, 4000m, 3800m), 2500m);
        Assert.Equal(200m, r.RepurchaseChange);
        Assert.Equal(4000m / 3800m - 1m, r.RepurchaseGrowth);
        Assert.Equal(1600m, r.LeftForUpgrades);
        Assert.False(r.PlanClaimsIncrement);
        Assert.DoesNotContain("claim", r.Sentence(), StringComparison.Ordinal);
        Assert.Contains("Last year's repurchase was 3800: the repurchase target changes it by 200 (5.26%)", r.Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void Renewals_RenewalsAboveTheTarget_NegativeLeftForUpgrades()
        => Assert.Equal(-100m, new RenewalComparison(Inputs(4100m, 4000m, null), 2500m).LeftForUpgrades);

    [Fact]
    public void Renewals_RepurchaseTargetZero_NoShare()
        => Assert.Null(new RenewalComparison(Inputs(0m, 0m, 0m), 2500m).ShareOfRepurchaseTarget);

    [Fact]
    public void FromPlan_ServoExample_LastYearFromTheRepurchaseLineAndBothNewProductsCounted()
    {
        var inputs = GrowthInputs.FromPlan(PlanLoader.Load(RepoPaths.Data("servo-2026")));
        Assert.Equal(3800m, inputs.RepurchaseLastYear);
        Assert.Equal(3000m, inputs.NewProductTarget); // 1800 servo drive + 1200 encoder module
        var j = GrowthJustification.Of(inputs);
        Assert.Equal(0m, j.Unattributed);
        Assert.DoesNotContain(j.Bridge.Steps, s => s.Source == BridgeSource.Unattributed);
    }

    [Fact]
    public void GrowthInputs_NegativeLastYear_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => Inputs(2400m, 4000m, -1m));
}
