using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Tests.Decomposition;

public class PlanDecompositionTests
{
    [Fact]
    public void TotalsByRole_ShippedPlan_EachRoleByItsNameInRoleOrder()
    {
        var totals = PlanDecomposer.Decompose(Plans.Shipped).TotalsByRole();

        // Director 5000 (overlay on the company); industry managers 800 + 700 + 700; regional managers
        // 1155 + 720 + 1045 + 425 + 655; channel specialists 430 + 450 (their partners).
        Assert.Equal(["Sales director", "Industry manager", "Regional manager", "Channel specialist"], totals.Select(t => t.Role.NameEn));
        Assert.Equal([1, 3, 5, 2], totals.Select(t => t.People));
        Assert.Equal([5000m, 2200m, 4000m, 880m], totals.Select(t => t.Total));
    }

    [Fact]
    public void TotalsByRole_RoleNobodyHolds_LeftOut()
    {
        var plan = Plans.Shipped.With(roles: [.. Plans.Shipped.Roles, new Analytics.Planning.Role("key_account", "大客戶經理", "Key-account manager", Analytics.Planning.RoleKind.KeyAccount, Analytics.Common.SourceLocation.None)]);
        Assert.Equal(4, PlanDecomposer.Decompose(plan).TotalsByRole().Count);
    }
}
