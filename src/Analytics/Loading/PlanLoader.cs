using System.Globalization;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Loading;

/// <summary>
/// Reads a plan folder (see <see cref="PlanFiles"/>) into a validated <see cref="SalesPlan"/>.
/// Every defect, from a missing file to a parent that does not exist, is an
/// <see cref="InputException"/> naming the file, line and column.
/// </summary>
public static class PlanLoader
{
    private static readonly Dictionary<string, TargetLevel> Levels = new(StringComparer.Ordinal)
    {
        ["company"] = TargetLevel.Company,
        ["line"] = TargetLevel.Line,
        ["industry"] = TargetLevel.Industry,
        ["region"] = TargetLevel.Region,
    };

    private static readonly Dictionary<string, int> Quarters = new(StringComparer.Ordinal)
    {
        ["Q1"] = 1,
        ["Q2"] = 2,
        ["Q3"] = 3,
        ["Q4"] = 4,
    };

    private static readonly Dictionary<string, Credit> Credits = new(StringComparer.Ordinal)
    {
        ["owner"] = Credit.Owner,
        ["overlay"] = Credit.Overlay,
    };

    private static readonly Dictionary<string, IncentiveKind> IncentiveKinds = new(StringComparer.Ordinal)
    {
        ["rate"] = IncentiveKind.Rate,
        ["count"] = IncentiveKind.Count,
        ["amount"] = IncentiveKind.Amount,
    };

    private static readonly Dictionary<string, CustomerTier> Tiers = new(StringComparer.Ordinal)
    {
        ["A"] = CustomerTier.A,
        ["B"] = CustomerTier.B,
        ["C"] = CustomerTier.C,
    };

    /// <summary>Loads the plan at <paramref name="path"/>: a plan folder of CSV files, or an .xlsx workbook with a sheet per table (<see cref="PlanSource"/>).</summary>
    /// <exception cref="InputException">The folder or workbook, a table or a value cannot be used.</exception>
    public static SalesPlan Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var tables = PlanSource.Of(path).OpenTables();
        return Load(tables);
    }

    /// <summary>Loads the plan whose tables <paramref name="tables"/> holds.</summary>
    /// <exception cref="InputException">A table or a value cannot be used.</exception>
    public static SalesPlan Load(ITableSource tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rowSources = new Dictionary<SourceLocation, string>();
        CsvTable Read(string file, CsvSchema schema)
        {
            var table = tables.Read(file, schema);
            foreach (var row in table.Rows)
            {
                if (row.OptionalText("source") is { } source)
                {
                    rowSources[row.Location] = source;
                }
            }

            return table;
        }

        CsvTable? ReadOptional(string file, CsvSchema schema) => tables.Has(file) ? Read(file, schema) : null;

        var factTable = Read(PlanFiles.Facts, PlanFiles.FactsSchema);
        var facts = ReadFacts(factTable);
        var factLocations = factTable.Rows.ToDictionary(r => r.Raw("key"), r => r.Location, StringComparer.Ordinal);
        var industries = Read(PlanFiles.Industries, PlanFiles.IndustriesSchema).Rows
            .Select(r => Build(r, () => new Industry(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), PositiveAmount(r, "avg_order"), r.Location)))
            .ToArray();
        var regions = Read(PlanFiles.Regions, PlanFiles.RegionsSchema).Rows
            .Select(r => Build(r, () => new Region(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), r.OptionalText("areas_zh") ?? string.Empty, r.Location)))
            .ToArray();
        var targets = NotEmpty(Read(PlanFiles.Targets, PlanFiles.TargetsSchema), "the target tree: at least the company target").Rows.Select(ReadTarget).ToArray();
        var phasing = NotEmpty(Read(PlanFiles.Phasing, PlanFiles.PhasingSchema), "four rows, Q1 to Q4").Rows
            .Select(r => Build(r, () => new PhasingQuarter(r.Choice("quarter", Quarters), r.OptionalAmount("monthly_amount"), r.Share("share"), r.OptionalText("focus_zh") ?? string.Empty, r.OptionalText("focus_en") ?? string.Empty, r.Location)))
            .ToArray();
        var roles = ReadOptional(PlanFiles.Roles, PlanFiles.RolesSchema) is { } roleTable
            ? NotEmpty(roleTable, "one row per role people.csv names").Rows.Select(r => Build(r, () => new Role(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), r.Choice("kind", Role.KindWords), r.Location))).ToArray()
            : Role.BuiltIn;
        var roleById = roles.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var people = Read(PlanFiles.People, PlanFiles.PeopleSchema).Rows
            .Select(r => Build(r, () => new Person(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), r.Choice("role", roleById), r.OptionalId("industry"), r.OptionalId("region"), r.Location)))
            .ToArray();
        var assignments = Read(PlanFiles.Assignments, PlanFiles.AssignmentsSchema).Rows
            .Select(r => Build(r, () => new Assignment(r.Id("person"), r.Id("target"), r.Choice("credit", Credits), r.Location)))
            .ToArray();
        var partners = Read(PlanFiles.ChannelPartners, PlanFiles.ChannelPartnersSchema).Rows
            .Select(r => Build(r, () => new ChannelPartner(r.Id("id"), r.Text("name_zh"), r.Id("region"), r.Id("industry"), r.Amount("target"), r.Id("owner"), r.Location)))
            .ToArray();
        var shows = Read(PlanFiles.TradeShows, PlanFiles.TradeShowsSchema).Rows
            .Select(r => Build(r, () => new TradeShow(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), r.Id("industry"), r.Integer("qualified_leads", 0, 1_000_000), r.Integer("month", 1, 12), r.Amount("cost"), r.Location)))
            .ToArray();
        var leads = Read(PlanFiles.LeadSources, PlanFiles.LeadSourcesSchema).Rows
            .Select(r => Build(r, () => new LeadSource(r.Id("industry"), r.Text("kind"), r.Integer("leads", 0, 1_000_000), r.Location)))
            .ToArray();
        var incentives = Read(PlanFiles.Incentives, PlanFiles.IncentivesSchema).Rows.Select(ReadIncentive).ToArray();
        var budget = Read(PlanFiles.Budget, PlanFiles.BudgetSchema).Rows
            .Select(r => Build(r, () => new BudgetLine(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), r.Amount("amount"), r.OptionalId("funds"), r.Location)))
            .ToArray();
        var rules = Read(PlanFiles.ReplanRules, PlanFiles.ReplanRulesSchema).Rows
            .Select(r => Build(r, () => new ReplanRule(r.Id("id"), r.Text("period"), r.Text("metric"), r.Share("threshold"), r.Integer("step", 1, 100), r.Text("action_zh"), r.Text("action_en"), r.Location)))
            .ToArray();
        var customers = Read(PlanFiles.Customers, PlanFiles.CustomersSchema).Rows
            .Select(r => Build(r, () => new Customer(r.Id("id"), r.Text("name_zh"), r.Choice("tier", Tiers), r.Id("industry"), r.Id("region"), r.Integer("install_year", CalendarYears.Min, CalendarYears.Max), r.Integer("renewal_cycle_years", 1, 100), r.Amount("renewal_order"), r.Location)))
            .ToArray();

        var products = ReadOptional(PlanFiles.Products, PlanFiles.ProductsSchema)?.Rows
            .Select(r => Build(r, () => new NewProductFacts(r.Id("line"), r.Share("margin_uplift"), r.Integer("benchmark_prospects", 0, 1_000_000), r.Integer("benchmark_followers_min", 0, 1_000_000), r.Integer("benchmark_followers_max", 0, 1_000_000), r.OptionalInteger("first_month", 1, 12), r.Location)))
            .ToArray() ?? [];

        return new SalesPlan(facts, industries, regions, targets, phasing, people, assignments, partners, shows, leads, incentives, budget, rules, customers, factLocations, roles, products, rowSources);
    }

    /// <summary>A table the plan cannot do without must have rows; say so with its real path.</summary>
    private static CsvTable NotEmpty(CsvTable table, string expected)
        => table.Rows.Count > 0 ? table : throw new InputException(table.Location, null, table.Sheet is null ? "the file has a header but no rows" : "the sheet has a header but no rows", expected);

    private static TargetNode ReadTarget(TableRow r)
    {
        var level = r.Choice("level", Levels);
        var parent = r.OptionalId("parent");
        if (level == TargetLevel.Company && parent is not null)
        {
            throw r.Error("parent", $"the company target has a parent (\"{parent}\")", "an empty parent for level company");
        }

        if (level != TargetLevel.Company && parent is null)
        {
            throw r.Error("parent", "the value is empty", "the id of the parent target (only the company target has none)");
        }

        var amount = r.OptionalAmount("amount");
        var share = r.OptionalShare("share");
        LineKind? kind = r.Raw("kind").Length == 0 ? null : r.Choice("kind", BusinessLines.KindWords);
        var lastYear = r.OptionalAmount("last_year");
        if (level != TargetLevel.Line && kind is not null)
        {
            throw r.Error("kind", $"a kind (\"{r.Raw("kind")}\") on a {r.Raw("level")} row", "an empty kind: only line rows take one");
        }

        if (level != TargetLevel.Line && lastYear is not null)
        {
            throw r.Error("last_year", $"last year's revenue on a {r.Raw("level")} row", "an empty last_year: only line rows take one (the company's is the fact last_year_sales)");
        }

        if (level == TargetLevel.Company && amount is null)
        {
            throw r.Error("amount", "the company target has no amount", "the annual target in 萬元");
        }

        if (amount is null && share is null)
        {
            throw r.RowError("neither amount nor share is given", "an amount (萬元), a share of the parent (fraction), or both");
        }

        return Build(r, () => new TargetNode(r.Id("id"), parent, level, r.OptionalId("industry"), r.OptionalId("region"), r.Text("name_zh"), r.Text("name_en"), amount, share, r.Location, r.OptionalText("source") ?? string.Empty, kind, lastYear));
    }

    private static Incentive ReadIncentive(TableRow r)
    {
        var kind = r.Choice("kind", IncentiveKinds);
        var value = kind == IncentiveKind.Rate ? r.Share("value") : r.Amount("value");
        return Build(r, () => new Incentive(r.Id("id"), r.Text("name_zh"), r.Text("name_en"), kind, value, r.Text("unit"), r.Text("applies_to"), r.Location));
    }

    private static decimal PositiveAmount(TableRow r, string column)
    {
        var value = r.Amount(column);
        return value > 0 ? value : throw r.Error(column, "the amount is 0", "an amount > 0 in 萬元");
    }

    /// <summary>Runs a domain constructor, turning its argument checks into an error at the row.</summary>
    private static T Build<T>(TableRow row, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw row.RowError(ExceptionText.Message(e));
        }
    }

    private static PlanFacts ReadFacts(CsvTable table)
    {
        var values = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = row.Text("key");
            if (!FactKeys.TryGetValue(key, out var spec))
            {
                throw row.Error("key", $"unknown fact \"{key}\"", "one of " + string.Join(", ", FactKeys.Keys));
            }

            if (values.TryGetValue(key, out var first))
            {
                throw row.Error("key", $"the fact \"{key}\" appears twice (first on {(first.Sheet is null ? "line" : "row")} {first.Line.ToString(CultureInfo.InvariantCulture)})", "each fact once");
            }

            var unit = row.Text("unit");
            if (unit != spec.Unit)
            {
                throw row.Error("unit", $"the unit of \"{key}\" is \"{unit}\"", $"\"{spec.Unit}\" (amounts are in 萬元, shares and rates as fractions)");
            }

            values[key] = row;
        }

        var missing = FactKeys.Where(k => !k.Value.Optional && !values.ContainsKey(k.Key)).Select(k => k.Key).ToArray();
        if (missing.Length > 0)
        {
            throw new InputException(table.Location, "key", "missing fact" + (missing.Length > 1 ? "s " : " ") + string.Join(", ", missing), "one row for each of " + string.Join(", ", FactKeys.Where(k => !k.Value.Optional).Select(k => k.Key)) + " (optional: " + string.Join(", ", FactKeys.Where(k => k.Value.Optional).Select(k => k.Key)) + ")");
        }

        decimal Amount(string key) => values[key].Amount("value");
        decimal Share(string key) => values[key].Share("value");
        decimal Growth(string key) => values[key].Decimal("value", -0.99m, 100m);
        int Count(string key) => values[key].Integer("value", 0, 100_000_000);
        decimal? OptionalShare(string key) => values.ContainsKey(key) ? Share(key) : null;
        int? OptionalCount(string key) => values.ContainsKey(key) ? Count(key) : null;

        var plan = values["plan_year"];
        try
        {
            return new PlanFacts(
                planYear: plan.Integer("value", CalendarYears.Min, CalendarYears.Max),
                lastYearSales: Amount("last_year_sales"),
                target: Amount("target"),
                statedGrowth: Growth("stated_growth"),
                marketShareLastYear: Share("market_share_last_year"),
                marketGrowthLow: Growth("market_growth_low"),
                marketGrowthHigh: Growth("market_growth_high"),
                existingCustomers: Count("existing_customers"),
                renewalDueCustomers: Count("renewal_due_customers"),
                renewalPotential: Amount("renewal_potential"),
                newProductMarginUplift: OptionalShare("new_product_margin_uplift"),
                benchmarkProspects: OptionalCount("benchmark_prospects"),
                benchmarkFollowersMin: OptionalCount("benchmark_followers_min"),
                benchmarkFollowersMax: OptionalCount("benchmark_followers_max"),
                aTierRepurchaseGoal: Share("a_tier_repurchase_goal"),
                channelShareOfNewCustomers: Share("channel_share_of_new_customers"),
                budgetRatio: Share("budget_ratio"),
                budgetTotal: Amount("budget_total"),
                allocationUnit: Amount("allocation_unit"),
                typicalWinRateMax: Share("typical_win_rate_max"));
        }
        catch (ArgumentException e)
        {
            // Point at the fact the check names: parameter marketGrowthHigh is key market_growth_high.
            var key = string.Concat((e.ParamName ?? string.Empty).Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
            throw new InputException(values.TryGetValue(key, out var row) ? row.Location : table.Location, "value", ExceptionText.Message(e));
        }
    }

    /// <param name="Unit">The unit the row must state.</param>
    /// <param name="Optional">Whether the fact may be left out (the new product's, which products.csv can state per line instead).</param>
    private sealed record FactSpec(string Unit, bool Optional = false);

    private static readonly Dictionary<string, FactSpec> FactKeys = new(StringComparer.Ordinal)
    {
        ["plan_year"] = new("year"),
        ["last_year_sales"] = new("萬元"),
        ["target"] = new("萬元"),
        ["stated_growth"] = new("fraction"),
        ["market_share_last_year"] = new("fraction"),
        ["market_growth_low"] = new("fraction"),
        ["market_growth_high"] = new("fraction"),
        ["existing_customers"] = new("customers"),
        ["renewal_due_customers"] = new("customers"),
        ["renewal_potential"] = new("萬元"),
        ["new_product_margin_uplift"] = new("fraction", Optional: true),
        ["benchmark_prospects"] = new("customers", Optional: true),
        ["benchmark_followers_min"] = new("customers", Optional: true),
        ["benchmark_followers_max"] = new("customers", Optional: true),
        ["a_tier_repurchase_goal"] = new("fraction"),
        ["channel_share_of_new_customers"] = new("fraction"),
        ["budget_ratio"] = new("fraction"),
        ["budget_total"] = new("萬元"),
        ["allocation_unit"] = new("萬元"),
        ["typical_win_rate_max"] = new("fraction"),
    };
}
