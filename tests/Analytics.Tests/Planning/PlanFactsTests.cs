using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Planning;

public class PlanFactsTests
{
    private static readonly PlanFacts Facts = Plans.Shipped.Facts;

    [Fact]
    public void With_BudgetTotal_OnlyThatFactChanges()
    {
        var changed = Facts.With(budgetTotal: 260m);
        Assert.Equal(260m, changed.BudgetTotal);
        Assert.Equal(250m, Facts.BudgetTotal);
        Assert.Equal(Facts, changed.With(budgetTotal: 250m));
    }

    [Fact]
    public void With_Nothing_EqualFacts() => Assert.Equal(Facts, Facts.With());

    [Fact]
    public void With_MoreCustomersDueThanThereAre_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Facts.With(renewalDueCustomers: 201)); // 200 customers

    [Fact]
    public void With_HighGrowthBelowLow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Facts.With(marketGrowthHigh: 0.1m)); // low is 0.15

    [Fact]
    public void With_NegativeTarget_Throws() => Assert.ThrowsAny<ArgumentException>(() => Facts.With(target: -1m));

    [Fact]
    public void ImpliedGrowth_ShippedFacts_5000Over3800MinusOne()
        => Assert.Equal((5000m / 3800m) - 1, Facts.ImpliedGrowth);
}
