namespace Analytics.Loading;

/// <summary>
/// The one definition of a new plan folder: every table of <see cref="PlanFiles"/> with its columns
/// (the loader's own schemas, so <c>analytics init</c> and <see cref="PlanLoader"/> cannot disagree)
/// and the fewest example rows that make a plan the loader accepts, each with a <c>source</c> that
/// says it is an example. <c>analytics audit</c> on the result explains it row by row.
/// </summary>
public static class PlanTemplate
{
    /// <summary>The text every example row's <c>source</c> starts with.</summary>
    public const string ExampleSource = "example row (analytics init): replace with your own figure and its source";

    /// <summary>Every table of a plan folder, the required files first, then the optional ones (<see cref="PlanFiles.Optional"/>).</summary>
    public static IReadOnlyList<TemplateTable> Tables { get; } =
    [
        Table(PlanFiles.Facts, PlanFiles.FactsSchema,
            Fact("plan_year", "2026", "year"),
            Fact("last_year_sales", "800", "萬元"),
            Fact("target", "1000", "萬元"),
            Fact("stated_growth", "0.25", "fraction"),
            Fact("market_share_last_year", "0.05", "fraction"),
            Fact("market_growth_low", "0.05", "fraction"),
            Fact("market_growth_high", "0.10", "fraction"),
            Fact("existing_customers", "1", "customers"),
            Fact("renewal_due_customers", "1", "customers"),
            Fact("renewal_potential", "30", "萬元"),
            Fact("a_tier_repurchase_goal", "0.80", "fraction"),
            Fact("channel_share_of_new_customers", "0.10", "fraction"),
            Fact("budget_ratio", "0.05", "fraction"),
            Fact("budget_total", "50", "萬元"),
            Fact("allocation_unit", "1", "萬元"),
            Fact("typical_win_rate_max", "0.20", "fraction")),
        Table(PlanFiles.Industries, PlanFiles.IndustriesSchema,
            Row(("id", "ind_example"), ("name_zh", "示例行業"), ("name_en", "Example industry"), ("avg_order", "20"))),
        Table(PlanFiles.Regions, PlanFiles.RegionsSchema,
            Row(("id", "reg_example"), ("name_zh", "示例區域"), ("name_en", "Example region"), ("areas_zh", "示例省份"))),
        Table(PlanFiles.Targets, PlanFiles.TargetsSchema,
            Row(("id", "company"), ("level", "company"), ("name_zh", "年度銷售目標"), ("name_en", "Annual sales target"), ("amount", "1000")),
            Row(("id", "repurchase"), ("parent", "company"), ("level", "line"), ("name_zh", "存量客戶復購"), ("name_en", "Existing-customer repurchase"), ("amount", "500"), ("kind", "repurchase"), ("last_year", "450")),
            Row(("id", "new_customers"), ("parent", "company"), ("level", "line"), ("name_zh", "新客戶開發"), ("name_en", "New customers"), ("amount", "300"), ("kind", "new_customers")),
            Row(("id", "nc_example"), ("parent", "new_customers"), ("level", "industry"), ("industry", "ind_example"), ("region", "reg_example"), ("name_zh", "示例行業新客戶"), ("name_en", "Example industry's new customers"), ("share", "1")),
            Row(("id", "new_product"), ("parent", "company"), ("level", "line"), ("name_zh", "新產品銷售"), ("name_en", "New product"), ("amount", "200"), ("kind", "new_product"))),
        Table(PlanFiles.Phasing, PlanFiles.PhasingSchema,
            Quarter("Q1", "0.25"),
            Quarter("Q2", "0.25"),
            Quarter("Q3", "0.25"),
            Quarter("Q4", "0.25")),
        Table(PlanFiles.People, PlanFiles.PeopleSchema,
            Row(("id", "p_example"), ("name_zh", "示例總監"), ("name_en", "Example director"), ("role", "director")),
            Row(("id", "p_channel"), ("name_zh", "示例渠道專員"), ("name_en", "Example channel specialist"), ("role", "channel_specialist"))),
        Table(PlanFiles.Assignments, PlanFiles.AssignmentsSchema,
            Row(("person", "p_example"), ("target", "company"), ("credit", "overlay")),
            Row(("person", "p_example"), ("target", "repurchase"), ("credit", "owner")),
            Row(("person", "p_example"), ("target", "new_customers"), ("credit", "owner")),
            Row(("person", "p_example"), ("target", "new_product"), ("credit", "owner"))),
        Table(PlanFiles.ChannelPartners, PlanFiles.ChannelPartnersSchema,
            Row(("id", "cp_example"), ("name_zh", "示例經銷商"), ("region", "reg_example"), ("industry", "ind_example"), ("target", "30"), ("owner", "p_channel"))),
        Table(PlanFiles.TradeShows, PlanFiles.TradeShowsSchema,
            Row(("id", "ts_example"), ("name_zh", "示例展會"), ("name_en", "Example trade show"), ("industry", "ind_example"), ("qualified_leads", "20"), ("month", "5"), ("cost", "20"))),
        Table(PlanFiles.LeadSources, PlanFiles.LeadSourcesSchema,
            Row(("industry", "ind_example"), ("kind", "referrals"), ("leads", "60"))),
        Table(PlanFiles.Incentives, PlanFiles.IncentivesSchema,
            Row(("id", "inc_example"), ("name_zh", "示例返利"), ("name_en", "Example rebate"), ("kind", "rate"), ("value", "0.05"), ("unit", "fraction of channel sales"), ("applies_to", "channel"))),
        Table(PlanFiles.Budget, PlanFiles.BudgetSchema,
            Row(("id", "bl_shows"), ("name_zh", "展會費用"), ("name_en", "Trade shows"), ("amount", "20"), ("funds", "trade_shows")),
            Row(("id", "bl_rebates"), ("name_zh", "渠道返利"), ("name_en", "Channel rebates"), ("amount", "30"), ("funds", "inc_example"))),
        Table(PlanFiles.ReplanRules, PlanFiles.ReplanRulesSchema,
            Row(("id", "rr_example"), ("period", "quarter"), ("metric", "completion"), ("threshold", "0.80"), ("step", "1"), ("action_zh", "檢討並調整下季度目標"), ("action_en", "Review and reset next quarter's targets"))),
        Table(PlanFiles.Customers, PlanFiles.CustomersSchema,
            Row(("id", "C001"), ("name_zh", "示例客戶有限公司"), ("tier", "A"), ("industry", "ind_example"), ("region", "reg_example"), ("install_year", "2021"), ("renewal_cycle_years", "5"), ("renewal_order", "30"))),
        Table(PlanFiles.Products, PlanFiles.ProductsSchema,
            Row(("line", "new_product"), ("margin_uplift", "0.10"), ("benchmark_prospects", "3"), ("benchmark_followers_min", "2"), ("benchmark_followers_max", "5"), ("first_month", "3"))),
        Table(PlanFiles.Roles, PlanFiles.RolesSchema,
            Row(("id", "director"), ("name_zh", "銷售總監"), ("name_en", "Sales director"), ("kind", "director")),
            Row(("id", "channel_specialist"), ("name_zh", "渠道專員"), ("name_en", "Channel specialist"), ("kind", "channel_specialist"))),
    ];

    /// <summary>The table written to <paramref name="file"/>.</summary>
    /// <exception cref="KeyNotFoundException">No table has that file name.</exception>
    public static TemplateTable Table(string file)
        => Tables.FirstOrDefault(t => t.File == file) ?? throw new KeyNotFoundException($"No template table \"{file}\".");

    private static (string, string)[] Fact(string key, string value, string unit)
        => [("key", key), ("value", value), ("unit", unit)];

    private static (string, string)[] Quarter(string quarter, string share)
        => [("quarter", quarter), ("share", share), ("focus_zh", "示例重點"), ("focus_en", "Example focus")];

    private static (string, string)[] Row(params (string, string)[] cells) => cells;

    private static TemplateTable Table(string file, CsvSchema schema, params (string Column, string Value)[][] rows)
    {
        var columns = schema.All.ToArray();
        var hasSource = columns.Contains("source", StringComparer.Ordinal);
        return new TemplateTable(file, columns, [.. rows.Select(cells => Cells(file, columns, hasSource ? [.. cells, ("source", ExampleSource)] : cells))]);
    }

    private static string[] Cells(string file, string[] columns, (string Column, string Value)[] cells)
    {
        var unknown = cells.Select(c => c.Column).Except(columns, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"The template row of {file} names column(s) {string.Join(", ", unknown)} its schema does not have.");
        }

        return [.. columns.Select(c => cells.FirstOrDefault(x => x.Column == c).Value ?? string.Empty)];
    }
}
