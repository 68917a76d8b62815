using System.Text;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Loading;

/// <summary>The shipped plan against the seed document, figure by figure, and every kind of bad input.</summary>
public class PlanLoaderTests
{
    private static SalesPlan Plan => Plans.Shipped;

    [Fact]
    public void Load_ShippedPlan_HoldsTheSeedsHeadlineFigures()
    {
        var f = Plan.Facts;
        Assert.Equal(3800m, f.LastYearSales);
        Assert.Equal(5000m, f.Target);
        Assert.Equal(0.316m, f.StatedGrowth);
        Assert.Equal(0.023m, f.MarketShareLastYear);
        Assert.Equal(0.15m, f.MarketGrowthLow);
        Assert.Equal(0.20m, f.MarketGrowthHigh);
        Assert.Equal(200, f.ExistingCustomers);
        Assert.Equal(60, f.RenewalDueCustomers);
        Assert.Equal(1200m, f.RenewalPotential);
        Assert.Equal(0.15m, f.NewProductMarginUplift);
        Assert.Equal(3, f.BenchmarkProspects);
        Assert.Equal((5, 8), (f.BenchmarkFollowersMin, f.BenchmarkFollowersMax));
        Assert.Equal(0.80m, f.ATierRepurchaseGoal);
        Assert.Equal(0.40m, f.ChannelShareOfNewCustomers);
        Assert.Equal(0.05m, f.BudgetRatio);
        Assert.Equal(250m, f.BudgetTotal);
    }

    [Fact]
    public void Load_ShippedPlan_HoldsTheSeedsFirstTwoLayers()
    {
        Assert.Equal(5000m, Plan.Root.Amount);
        Assert.Equal((1800m, 0.36m), Figures("repurchase"));
        Assert.Equal((2200m, 0.44m), Figures("new_customers"));
        Assert.Equal((1000m, 0.20m), Figures("new_product"));
        Assert.Equal(800m, Plan.Target("nc_3c").Amount);
        Assert.Equal(700m, Plan.Target("nc_lithium").Amount);
        Assert.Equal(700m, Plan.Target("nc_packaging").Amount);
        Assert.Equal(["珠三角", "長三角"], Plan.ChildrenOf(Plan.Target("nc_3c")).Select(c => c.NameZh));
        Assert.Equal(["江西", "四川", "廣東"], Plan.ChildrenOf(Plan.Target("nc_lithium")).Select(c => c.NameZh));
        Assert.Equal(["山東", "河南"], Plan.ChildrenOf(Plan.Target("nc_packaging")).Select(c => c.NameZh));
    }

    [Fact]
    public void Load_ShippedPlan_KeepsThePhasingTableAsTheSeedStatesIt()
    {
        Assert.Equal([300m, 400m, 500m, 600m], Plan.Phasing.Select(q => q.MonthlyAmount!.Value));
        Assert.Equal([0.18m, 0.24m, 0.30m, 0.28m], Plan.Phasing.Select(q => q.Share));
    }

    [Fact]
    public void Load_ShippedPlan_HoldsTheTeamChannelsShowsBudgetAndRule()
    {
        Assert.Equal(1, Plan.People.Count(p => p.Role == PersonRole.Director));
        Assert.Equal(3, Plan.People.Count(p => p.Role == PersonRole.IndustryManager));
        Assert.Equal(5, Plan.People.Count(p => p.Role == PersonRole.RegionalManager));
        Assert.Equal(2, Plan.People.Count(p => p.Role == PersonRole.ChannelSpecialist));
        Assert.Equal(10, Plan.ChannelPartners.Count);
        Assert.Equal(3, Plan.TradeShows.Count);
        Assert.All(Plan.TradeShows, s => Assert.Equal(50, s.QualifiedLeads));
        Assert.Equal([80m, 60m, 50m, 30m, 30m], Plan.Budget.Select(b => b.Amount));
        Assert.Equal(0.01m, Plan.Incentives.Single(i => i.Id == "referral_reward").Value);
        Assert.Equal(0.20m, Plan.Incentives.Single(i => i.Id == "new_product_bonus_weight").Value);
        Assert.All(Plan.ReplanRules, r => Assert.Equal(0.80m, r.Threshold));
        Assert.Equal(2, Plan.ReplanRules.Count);
        Assert.Equal(200, Plan.Customers.Count);
    }

    [Fact]
    public void Load_RecordsFileAndLineOfEveryRecord()
    {
        var q4 = Plan.Phasing.Single(q => q.Quarter == 4);
        Assert.EndsWith("phasing.csv", q4.Source.File, StringComparison.Ordinal);
        Assert.Equal(5, q4.Source.Line);
        Assert.Equal(3, Plan.Target("repurchase").Source.Line);
    }

    [Fact]
    public void Load_MissingFolder_NamesFolder()
    {
        var e = Assert.Throws<InputException>(() => PlanLoader.Load("/no/such/plan"));
        Assert.Contains("plan folder not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesFileAndExpectedHeader()
    {
        using var plan = new TempPlanFolder().Delete("budget.csv");
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.EndsWith("budget.csv", e.File, StringComparison.Ordinal);
        Assert.Contains("file not found", e.Message, StringComparison.Ordinal);
        Assert.Contains("id,name_zh,name_en,amount,funds", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, int, string?, string> BadFiles => new()
    {
        // file, text to replace, replacement, expected line, expected column, message fragment
        { "targets.csv", "", "", 0, null, "the file is empty" },
        { "targets.csv", "id,parent,level,", "id,parent,lvl,", 1, "3 (lvl)", "unknown column \"lvl\"" },
        { "targets.csv", "repurchase,company,line,,,存量客戶復購,Existing-customer repurchase,1800,0.36", "repurchase,company,line,,,存量客戶復購,Existing-customer repurchase,1800,0.36,x,y", 3, null, "12 fields but the header has 10" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,abc,", 3, "8 (amount)", "\"abc\" is not a number" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,-5,", 3, "8 (amount)", "negative" },
        { "targets.csv", "Existing-customer repurchase,1800,", "Existing-customer repurchase,NaN,", 3, "8 (amount)", "not a finite number" },
        { "targets.csv", "Existing-customer repurchase,1800,0.36", "Existing-customer repurchase,1800,1.2", 3, "9 (share)", "over 100%" },
        { "targets.csv", "new_customers,company,line", "repurchase,company,line", 4, "id", "duplicate target id \"repurchase\"" },
        { "targets.csv", "nc_3c,new_customers,industry", "nc_3c,new_custmers,industry", 11, "parent", "the parent \"new_custmers\" of \"nc_3c\" does not exist" },
        { "phasing.csv", "Q4,600,", "Q4,六百,", 5, "2 (monthly_amount)", "is not a number" },
        { "phasing.csv", "Q4,600,0.28", "Q4,600,28%", 5, "3 (share)", "percent sign" },
        { "facts.csv", "target,5000,萬元", "target,5000,元", 4, "3 (unit)", "the unit of \"target\" is \"元\"" },
        { "people.csv", "im_3c,3C 行業經理,3C industry manager,industry_manager,3c", "im_3c,3C 行業經理,3C industry manager,industry_manager,4c", 3, "industry", "unknown industry \"4c\"" },
        { "customers.csv", "C001,", "C001,\"", 2, null, "malformed CSV" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Load_BadFile_ThrowsWithFileLineColumnAndExpectation(string file, string old, string replacement, int line, string? column, string fragment)
    {
        using var plan = new TempPlanFolder();
        if (old.Length == 0)
        {
            plan.Write(file, replacement);
        }
        else
        {
            plan.Replace(file, old, replacement);
        }

        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Equal(plan.File(file), e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(e.Expected), "every message says what was expected");
    }

    [Fact]
    public void Load_TargetsThatFormACycle_SaysCycle()
    {
        using var plan = new TempPlanFolder().Append("targets.csv", "loop_a,loop_b,region,,south,甲,A,,0.5,\nloop_b,loop_a,industry,3c,,乙,B,,0.5,\n");
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
        Assert.Contains("loop_a -> loop_b -> loop_a", e.Message, StringComparison.Ordinal);
        Assert.Equal(25, e.Line); // 24 shipped lines, then loop_a
    }

    [Fact]
    public void Load_FilesWithByteOrderMark_ReadAsWithout()
    {
        using var plan = new TempPlanFolder();
        foreach (var file in PlanFiles.All)
        {
            plan.WriteBytes(file, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(plan.File(file))]);
        }

        var loaded = PlanLoader.Load(plan.Path);
        Assert.Equal(5000m, loaded.Root.Amount);
        Assert.Equal("存量客戶復購", loaded.Target("repurchase").NameZh);
    }

    [Fact]
    public void Load_ChineseIdsAndNames_WorkEverywhere()
    {
        using var plan = new TempPlanFolder()
            .Replace("targets.csv", "nc_3c_prd,nc_3c", "珠三角_3C,nc_3c")
            .Replace("assignments.csv", "rm_south,nc_3c_prd", "rm_south,珠三角_3C");
        var loaded = PlanLoader.Load(plan.Path);
        Assert.Equal("珠三角", loaded.Target("珠三角_3C").NameZh);
    }

    private static (decimal, decimal) Figures(string id) => (Plan.Target(id).Amount!.Value, Plan.Target(id).Share!.Value);
}
