using Analytics.Common;
using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Planning;

public class SalesPlanTests
{
    private static readonly SalesPlan Plan = Plans.Shipped;

    [Fact]
    public void Constructor_SecondCompanyNode_Throws()
    {
        var second = new TargetNode("company2", null, TargetLevel.Company, null, null, "二", "Second", 10m, null, new SourceLocation("targets.csv", 30));
        var e = Assert.Throws<InputException>(() => Plan.With(targets: [.. Plan.Targets, second]));
        Assert.Contains("a second company target \"company2\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(30, e.Line);
    }

    [Fact]
    public void Constructor_ChildAtParentsLevel_Throws()
    {
        var odd = new TargetNode("odd", "new_customers", TargetLevel.Line, null, null, "奇", "Odd", null, 0.1m, new SourceLocation("targets.csv", 31));
        var e = Assert.Throws<InputException>(() => Plan.With(targets: [.. Plan.Targets, odd]));
        Assert.Contains("is at level line but its parent \"new_customers\" is at level line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingQuarter_Throws()
    {
        var e = Assert.Throws<InputException>(() => Plan.With(phasing: Plan.Phasing.Take(3).ToArray()));
        Assert.Contains("Q4 is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateAssignment_Throws()
    {
        var e = Assert.Throws<InputException>(() => Plan.With(assignments: [.. Plan.Assignments, Plan.Assignments[0]]));
        Assert.Contains("assigned to \"company\" twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AssignmentToUnknownTarget_Throws()
    {
        var bad = new Assignment("director", "nowhere", Credit.Owner, new SourceLocation("assignments.csv", 40));
        var e = Assert.Throws<InputException>(() => Plan.With(assignments: [.. Plan.Assignments, bad]));
        Assert.Equal("target", e.Column);
        Assert.Contains("unknown target \"nowhere\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AncestorsOf_RegionNode_ParentFirstRootLast()
        => Assert.Equal(["nc_3c", "new_customers", "company"], Plan.AncestorsOf(Plan.Target("nc_3c_prd")).Select(t => t.Id));

    [Fact]
    public void TargetNode_NeitherAmountNorShare_Throws()
        => Assert.Throws<ArgumentException>(() => new TargetNode("x", "company", TargetLevel.Line, null, null, "x", "x", null, null, SourceLocation.None));

    [Fact]
    public void PlanFacts_ZeroMarketShare_Throws()
    {
        var f = Plan.Facts;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PlanFacts(f.PlanYear, f.LastYearSales, f.Target, f.StatedGrowth, 0m, f.MarketGrowthLow, f.MarketGrowthHigh, f.ExistingCustomers, f.RenewalDueCustomers, f.RenewalPotential, f.NewProductMarginUplift, f.BenchmarkProspects, f.BenchmarkFollowersMin, f.BenchmarkFollowersMax, f.ATierRepurchaseGoal, f.ChannelShareOfNewCustomers, f.BudgetRatio, f.BudgetTotal, f.AllocationUnit, f.TypicalWinRateMax));
        Assert.Contains("marketShareLastYear", e.Message, StringComparison.Ordinal);
    }
}
