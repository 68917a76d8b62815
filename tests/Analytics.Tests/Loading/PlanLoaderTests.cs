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
        Assert.Equal(1, Plan.People.Count(p => p.Role.Kind == RoleKind.Director));
        Assert.Equal(3, Plan.People.Count(p => p.Role.Kind == RoleKind.IndustryManager));
        Assert.Equal(5, Plan.People.Count(p => p.Role.Kind == RoleKind.RegionalManager));
        Assert.Equal(2, Plan.People.Count(p => p.Role.Kind == RoleKind.ChannelSpecialist));
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

    [Fact]
    public void Load_ShippedPlanWithoutKindColumn_HistoricalIdsGetTheirKinds()
    {
        Assert.Equal(["repurchase", "new_customers", "new_product"], Plan.Lines.Select(l => l.Id));
        Assert.Equal([LineKind.Repurchase, LineKind.NewCustomers, LineKind.NewProduct], Plan.Lines.Select(l => l.Kind));
        Assert.All(Plan.Lines, l => Assert.Null(l.LastYear));
    }

    [Fact]
    public void Load_KindAndLastYearColumns_ReadOnLineRows()
    {
        using var plan = WithLineColumns(new TempPlanFolder(), new() { ["repurchase"] = ("", "1500"), ["new_customers"] = ("new_customers", "") })
            .Append("targets.csv", "services,company,line,,,服務,Services,0,,example,other,300\n");
        var loaded = PlanLoader.Load(plan.Path);
        Assert.Equal([LineKind.Repurchase, LineKind.NewCustomers, LineKind.NewProduct, LineKind.Other], loaded.Lines.Select(l => l.Kind));
        Assert.Equal(1500m, loaded.Line("repurchase").LastYear);
        Assert.Equal(300m, loaded.Line("services").LastYear);
        Assert.Null(loaded.Line("new_customers").LastYear);
        Assert.Equal("services", Assert.Single(loaded.LinesOf(LineKind.Other)).Id);
    }

    public static TheoryData<string, int, string?, string> BadLineRows => new()
    {
        // row appended to targets.csv (columns ... source,kind,last_year), expected line, column, fragment
        { "services,company,line,,,服務,Services,0,,x,,", 25, "kind", "the line \"services\" has no kind" },
        { "services,company,line,,,服務,Services,0,,x,service,", 25, "11 (kind)", "\"service\" is not one of the allowed values" },
        { "nc_x,new_customers,industry,3c,,甲,X,0,,x,other,", 25, "11 (kind)", "a kind (\"other\") on a industry row" },
        { "nc_x,new_customers,industry,3c,,甲,X,0,,x,,10", 25, "12 (last_year)", "last year's revenue on a industry row" },
        { "services,company,line,,,服務,Services,0,,x,other,-3", 25, "12 (last_year)", "negative" },
    };

    [Theory]
    [MemberData(nameof(BadLineRows))]
    public void Load_BadLineRow_ThrowsAtTheRow(string row, int line, string? column, string fragment)
    {
        using var plan = WithLineColumns(new TempPlanFolder(), []).Append("targets.csv", row + "\n");
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Equal(plan.File("targets.csv"), e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(e.Expected));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void Load_FewerThanTwoOrMoreThanEightLines_Throws(int lines)
    {
        using var plan = new TempPlanFolder();
        var rows = new StringBuilder("id,parent,level,industry,region,name_zh,name_en,amount,share,kind\ncompany,,company,,,公司,Company,900,,\n");
        for (var i = 0; i < lines; i++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{i},company,line,,,線{i},Line {i},{900 / lines},,other\n");
        }

        plan.Write("targets.csv", rows.ToString()).Write("assignments.csv", "person,target,credit\n").Write("channel_partners.csv", "id,name_zh,region,industry,target,owner\n").Write("incentives.csv", "id,name_zh,name_en,kind,value,unit,applies_to\n").Write("budget.csv", "id,name_zh,name_en,amount,funds\n");
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Contains($"the plan has {lines} business line", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 to 8 rows with level \"line\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(lines > 8 ? 11 : 0, e.Line);
    }

    [Fact]
    public void Load_TwoNewProductsWithRows_EachHasItsOwnFacts()
    {
        using var plan = TwoNewProducts(new TempPlanFolder())
            .Write("products.csv", "line,margin_uplift,benchmark_prospects,benchmark_followers_min,benchmark_followers_max,first_month,source\nnew_product,0.15,3,5,8,,seed §3.1\nnp_b,0.22,2,1,4,7,invented\n");
        var loaded = PlanLoader.Load(plan.Path);
        Assert.Equal(["new_product", "np_b"], loaded.NewProducts.Select(p => p.LineId));
        var b = loaded.ProductFacts("np_b");
        Assert.Equal((0.22m, 2, 1, 4, (int?)7), (b.MarginUplift, b.BenchmarkProspects, b.BenchmarkFollowersMin, b.BenchmarkFollowersMax, b.FirstMonth));
        Assert.Equal(new SourceLocation(plan.File("products.csv"), 3), b.Source);
        Assert.Equal((0.15m, 3, (int?)null), (loaded.ProductFacts("new_product").MarginUplift, loaded.ProductFacts("new_product").BenchmarkProspects, loaded.ProductFacts("new_product").FirstMonth));
    }

    [Fact]
    public void Load_OneNewProductWithoutRow_UsesTheFacts()
    {
        var facts = Plan.ProductFacts("new_product");
        Assert.Equal((0.15m, 3, 5, 8, (int?)null), (facts.MarginUplift, facts.BenchmarkProspects, facts.BenchmarkFollowersMin, facts.BenchmarkFollowersMax, facts.FirstMonth));
        Assert.Equal(Plan.FactLocation("new_product_margin_uplift"), facts.Source);
    }

    [Fact]
    public void Load_ProductRowWithoutTheFacts_UsesTheRow()
    {
        using var plan = new TempPlanFolder()
            .Replace("facts.csv", "new_product_margin_uplift,0.15,fraction,seed §1 product dimension: gross margin 15 points above the old products\n", string.Empty)
            .Write("products.csv", "line,margin_uplift,benchmark_prospects,benchmark_followers_min,benchmark_followers_max\nnew_product,0.18,4,2,6\n");
        var loaded = PlanLoader.Load(plan.Path);
        Assert.Null(loaded.Facts.NewProductMarginUplift);
        Assert.Equal(0.18m, loaded.ProductFacts("new_product").MarginUplift);
    }

    public static TheoryData<string, string, int, string?, string> BadProducts => new()
    {
        // products.csv rows after the header, file the error names, line, column, fragment
        { "new_product,0.15,3,5,8\n", "targets.csv", 25, "kind", "the new-product line \"np_b\" has no row in products.csv, and the plan has 2 new-product lines" },
        { "new_product,0.15,3,5,8\nnp_b,0.2,1,1,2\nnew_customers,0.1,1,1,2\n", "products.csv", 4, "line", "\"new_customers\" is a new_customers line, not a new product" },
        { "new_product,0.15,3,5,8\nnp_b,0.2,1,1,2\nnp_c,0.1,1,1,2\n", "products.csv", 4, "line", "unknown line \"np_c\"" },
        { "new_product,0.15,3,5,8\nnp_b,0.2,1,1,2\nnp_b,0.1,1,1,2\n", "products.csv", 4, "line", "the line \"np_b\" has a second row (first on line 3)" },
        { "new_product,0.15,3,5,8\nnp_b,0.2,1,3,2\n", "products.csv", 3, null, "benchmarkFollowersMax" },
    };

    [Theory]
    [MemberData(nameof(BadProducts))]
    public void Load_BadProducts_ThrowsNamingTheLine(string rows, string file, int line, string? column, string fragment)
    {
        using var plan = TwoNewProducts(new TempPlanFolder()).Write("products.csv", "line,margin_uplift,benchmark_prospects,benchmark_followers_min,benchmark_followers_max\n" + rows);
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Equal(plan.File(file), e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneNewProductWithoutRowOrFacts_NamesTheMissingFacts()
    {
        using var plan = new TempPlanFolder().Replace("facts.csv", "benchmark_prospects,3,customers,seed §3.1: lithium-battery benchmark prospects for the new PLC\n", string.Empty);
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Equal(plan.File("targets.csv"), e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("the new-product line \"new_product\" has no row in products.csv and facts.csv lacks benchmark_prospects", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoRolesFile_TheBuiltInRolesWithTheirNames()
    {
        Assert.Equal(["director", "industry_manager", "regional_manager", "channel_specialist"], Plan.Roles.Select(r => r.Id));
        Assert.Equal("區域經理", Plan.FindPerson("rm_south")!.Role.NameZh);
        Assert.Equal("Regional manager", Plan.FindPerson("rm_south")!.Role.NameEn);
    }

    [Fact]
    public void Load_RolesFile_PeopleNameItsIds()
    {
        using var plan = new TempPlanFolder()
            .Write("roles.csv", "id,name_zh,name_en,kind,source\ndirector,銷售總監,Sales director,director,x\nim,行業經理,Industry manager,industry_manager,x\nrm,區域經理,Regional manager,regional_manager,x\nch,渠道專員,Channel specialist,channel_specialist,x\nka,大客戶經理,Key-account manager,key_account,x\n")
            .Write("people.csv", File.ReadAllText(RepoPaths.ShippedPlan + "/people.csv").Replace(",industry_manager,", ",im,", StringComparison.Ordinal).Replace(",regional_manager,", ",rm,", StringComparison.Ordinal).Replace(",channel_specialist,", ",ch,", StringComparison.Ordinal) + "ka_1,大客戶經理甲,Key-account manager A,ka,,,x\n");
        var loaded = PlanLoader.Load(plan.Path);
        Assert.Equal(5, loaded.Roles.Count);
        var ka = loaded.FindPerson("ka_1")!;
        Assert.Equal((RoleKind.KeyAccount, "大客戶經理", true), (ka.Role.Kind, ka.Role.NameZh, ka.Role.IsManager));
        Assert.Equal(new SourceLocation(plan.File("roles.csv"), 6), ka.Role.Source);
    }

    [Theory]
    [InlineData("roles.csv", "id,name_zh,name_en,kind\nboss,老闆,Boss,owner\n", 2, "4 (kind)", "\"owner\" is not one of the allowed values")]
    [InlineData("people.csv", null, 2, "4 (role)", "\"director\" is not one of the allowed values")]
    public void Load_BadRole_ThrowsAtTheRow(string file, string? content, int line, string column, string fragment)
    {
        using var plan = new TempPlanFolder().Write("roles.csv", content ?? "id,name_zh,name_en,kind\nboss,老闆,Boss,director\n");
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(plan.Path));
        Assert.Equal(plan.File(file), e.File);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowSources_RecordsEachRowsSourceText()
    {
        Assert.Equal("seed §1", Plan.RowSource(new SourceLocation(Path.Combine(RepoPaths.ShippedPlan, "targets.csv"), 2)));
        Assert.StartsWith("A9", Plan.RowSource(Plan.ChannelPartners[0].Source), StringComparison.Ordinal);
        Assert.Null(Plan.RowSource(new SourceLocation("nowhere.csv", 1)));
    }

    /// <summary>Adds the columns kind and last_year to targets.csv, with the given values by id (others empty).</summary>
    private static TempPlanFolder WithLineColumns(TempPlanFolder plan, Dictionary<string, (string Kind, string LastYear)> values)
    {
        var lines = File.ReadAllLines(plan.File("targets.csv"));
        var rows = lines.Select((l, i) => i == 0 ? l + ",kind,last_year" : l + (values.TryGetValue(l.Split(',')[0], out var v) ? $",{v.Kind},{v.LastYear}" : ",,"));
        return plan.Write("targets.csv", string.Join('\n', rows) + "\n");
    }

    /// <summary>The shipped plan with a second new-product line np_b (0 萬元, so the tree still adds up) on targets.csv line 25.</summary>
    private static TempPlanFolder TwoNewProducts(TempPlanFolder plan)
        => WithLineColumns(plan, []).Append("targets.csv", "np_b,company,line,,,新品乙,New product B,0,,x,new_product,\n");

    private static (decimal, decimal) Figures(string id) => (Plan.Target(id).Amount!.Value, Plan.Target(id).Share!.Value);

    [Fact]
    public void Load_TheShippedPlanAsAWorkbook_TheSamePlanWithSheetLocations()
    {
        using var folder = new TempPlanFolder();
        var workbook = folder.File("plc-2026.xlsx");
        Analytics.Export.PlanConversion.WriteWorkbook(workbook, Analytics.Export.PlanConversion.Tables(PlanSource.Of(RepoPaths.ShippedPlan)));
        var plan = PlanLoader.Load(workbook);
        Assert.Equal(5000m, plan.Facts.Target);
        Assert.Equal(Plan.Customers.Count, plan.Customers.Count);
        Assert.Equal(Plan.Targets.Select(t => (t.Id, t.Amount, t.Share)), plan.Targets.Select(t => (t.Id, t.Amount, t.Share)));
        Assert.Equal(new SourceLocation(workbook, 5) { Sheet = "phasing" }, plan.Phasing[3].Source);
    }

    [Fact]
    public void Load_AWorkbookWithANegativeAmount_ErrorAtTheSheetsCell()
    {
        using var folder = new TempPlanFolder();
        var workbook = folder.File("acme.xlsx");
        var tables = PlanTemplate.Tables.Select(t => t.File != PlanFiles.Targets ? t : t with { Rows = [.. t.Rows.Select((r, i) => i == 0 ? (IReadOnlyList<string>)[.. r.Select((v, c) => t.Columns[c] == "amount" ? "-1000" : v)] : r)] }).ToArray();
        Analytics.Export.PlanConversion.WriteWorkbook(workbook, tables);
        var e = Assert.Throws<InputException>(() => PlanLoader.Load(workbook));
        Assert.Equal($"{workbook}: targets!H2 (amount): the amount -1000 is negative; expected an amount >= 0.", e.Message); // amount is the 8th column, H
    }

    [Fact]
    public void Load_AWorkbookWithoutATable_ErrorNamesTheMissingSheet()
    {
        using var folder = new TempPlanFolder();
        var workbook = folder.File("acme.xlsx");
        Analytics.Export.PlanConversion.WriteWorkbook(workbook, [.. PlanTemplate.Tables.Where(t => t.File != PlanFiles.Budget)]);
        Assert.Contains("the workbook has no sheet \"budget\"", Assert.Throws<InputException>(() => PlanLoader.Load(workbook)).Message, StringComparison.Ordinal);
    }
}
