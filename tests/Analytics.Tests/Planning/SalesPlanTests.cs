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

    [Fact]
    public void With_Budget_ReplacesOnlyTheBudgetAndKeepsFactLocations()
    {
        BudgetLine[] budget = [.. Plan.Budget.Select(b => b.Id == "trade_shows" ? new BudgetLine(b.Id, b.NameZh, b.NameEn, 90m, b.Funds, b.Source) : b)];
        var changed = Plan.With(budget: budget);
        Assert.Same(budget, changed.Budget);
        Assert.Equal(90m, changed.Budget.Single(b => b.Id == "trade_shows").Amount);
        Assert.Same(Plan.Targets, changed.Targets);
        Assert.Same(Plan.Facts, changed.Facts);
        Assert.Equal(Plan.FactLocation("budget_total"), changed.FactLocation("budget_total"));
        Assert.NotEqual(SourceLocation.None, changed.FactLocation("budget_total"));
    }

    [Fact]
    public void With_NothingGiven_SameTablesNewPlan()
    {
        var copy = Plan.With();
        Assert.NotSame(Plan, copy);
        Assert.Same(Plan.Customers, copy.Customers);
        Assert.Equal(Plan.Root, copy.Root);
    }

    [Fact]
    public void WithQuarter_Q4At450_OnlyQ4ChangesAndThePlanIsUntouched()
    {
        var changed = Plan.WithQuarter(Plan.Phasing[3].WithMonthlyAmount(450m));
        Assert.Equal([300m, 400m, 500m, 450m], changed.Phasing.Select(q => q.MonthlyAmount!.Value));
        Assert.Equal(600m, Plan.Phasing[3].MonthlyAmount);
        Assert.Equal(Plan.Phasing.Select(q => q.Share), changed.Phasing.Select(q => q.Share));
    }

    [Fact]
    public void WithTarget_NewShare_ReplacesTheNodeWithThatId()
    {
        var changed = Plan.WithTarget(Plan.Target("repurchase").WithShare(0.4m));
        Assert.Equal(0.4m, changed.Target("repurchase").Share);
        Assert.Equal(1800m, changed.Target("repurchase").Amount);
        Assert.Equal(Plan.Targets.Count, changed.Targets.Count);
        Assert.Equal(0.36m, Plan.Target("repurchase").Share);
    }

    [Fact]
    public void WithTarget_UnknownId_Throws()
    {
        var stranger = new TargetNode("nobody", "company", TargetLevel.Line, null, null, "無", "None", 1m, null, SourceLocation.None);
        Assert.Throws<KeyNotFoundException>(() => Plan.WithTarget(stranger));
    }

    [Fact]
    public void WithTarget_BreaksTheTree_ThrowsAsTheConstructorDoes()
    {
        var moved = new TargetNode("nc_3c", "nc_3c_prd", TargetLevel.Industry, "3c", null, "3C", "3C", 800m, null, new SourceLocation("targets.csv", 7));
        Assert.Throws<InputException>(() => Plan.WithTarget(moved));
    }

    [Fact]
    public void LinesOf_EachKind_TheLinesOfThatKindInFileOrder()
    {
        var services = new TargetNode("services", "company", TargetLevel.Line, null, null, "服務", "Services", 0m, null, new SourceLocation("targets.csv", 25), kind: LineKind.NewCustomers);
        var plan = Plan.With(targets: [.. Plan.Targets, services]);
        Assert.Equal(["new_customers", "services"], plan.LinesOf(LineKind.NewCustomers).Select(l => l.Id));
        Assert.Empty(plan.LinesOf(LineKind.Other));
        Assert.Equal("new_customers", plan.LineOf(plan.Target("nc_3c_prd"))!.Id);
        Assert.Null(plan.LineOf(plan.Root));
    }

    [Fact]
    public void Line_UnknownId_ThrowsNamingTheLines()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Plan.Line("nc_3c"));
        Assert.Contains("repurchase, new_customers, new_product", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductFacts_NotANewProductLine_Throws()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Plan.ProductFacts("repurchase"));
        Assert.Contains("its new-product lines are new_product", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PersonWithARoleThePlanDoesNotHave_Throws()
    {
        var stranger = new Person("ka", "大客戶經理", "Key-account manager", new Role("key_account", "大客戶經理", "Key-account manager", RoleKind.KeyAccount, SourceLocation.None), null, null, new SourceLocation("people.csv", 13));
        var e = Assert.Throws<InputException>(() => Plan.With(people: [.. Plan.People, stranger]));
        Assert.Equal(("role", 13), (e.Column, e.Line));
        Assert.Contains("unknown role \"key_account\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CustomRoleOfKindIndustryManagerWithoutIndustry_Throws()
    {
        var role = new Role("sector_lead", "行業負責人", "Sector lead", RoleKind.IndustryManager, SourceLocation.None);
        var lead = new Person("lead", "負責人", "Lead", role, null, null, new SourceLocation("people.csv", 13));
        var e = Assert.Throws<InputException>(() => Plan.With(people: [.. Plan.People, lead], roles: [.. Plan.Roles, role]));
        Assert.Equal("industry", e.Column);
        Assert.Contains("an industry manager (Sector lead) with no industry", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_RolesAndProducts_KeptAndReplaced()
    {
        var products = new[] { new NewProductFacts("new_product", 0.2m, 1, 1, 2, 6, SourceLocation.None) };
        var changed = Plan.With(products: products);
        Assert.Equal(6, changed.ProductFacts("new_product").FirstMonth);
        Assert.Equal(Plan.Roles, changed.Roles);
        Assert.Equal(changed.Products, changed.With(budget: changed.Budget).Products);
    }
}
