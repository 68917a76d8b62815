namespace Analytics.Loading;

/// <summary>The files of a plan folder and their columns (documented in data/README.md).</summary>
public static class PlanFiles
{
    /// <summary>Headline figures as key,value,unit,source rows.</summary>
    public const string Facts = "facts.csv";

    /// <summary>Target industries.</summary>
    public const string Industries = "industries.csv";

    /// <summary>Sales regions.</summary>
    public const string Regions = "regions.csv";

    /// <summary>The target tree.</summary>
    public const string Targets = "targets.csv";

    /// <summary>Quarterly phasing.</summary>
    public const string Phasing = "phasing.csv";

    /// <summary>The sales team.</summary>
    public const string People = "people.csv";

    /// <summary>Who is credited with which target.</summary>
    public const string Assignments = "assignments.csv";

    /// <summary>Channel partners.</summary>
    public const string ChannelPartners = "channel_partners.csv";

    /// <summary>Trade shows.</summary>
    public const string TradeShows = "trade_shows.csv";

    /// <summary>Other lead sources.</summary>
    public const string LeadSources = "lead_sources.csv";

    /// <summary>Incentives.</summary>
    public const string Incentives = "incentives.csv";

    /// <summary>Budget lines.</summary>
    public const string Budget = "budget.csv";

    /// <summary>Re-plan rule steps.</summary>
    public const string ReplanRules = "replan_rules.csv";

    /// <summary>Existing customers (generated list).</summary>
    public const string Customers = "customers.csv";

    /// <summary>New-product facts, one row per new-product line (optional).</summary>
    public const string Products = "products.csv";

    /// <summary>The team's roles (optional: without it the four built-in roles apply).</summary>
    public const string Roles = "roles.csv";

    /// <summary>Every file a plan folder must hold.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Facts, Industries, Regions, Targets, Phasing, People, Assignments, ChannelPartners, TradeShows, LeadSources, Incentives, Budget, ReplanRules, Customers];

    /// <summary>The files a plan folder may hold besides <see cref="All"/>: read when present.</summary>
    public static IReadOnlyList<string> Optional { get; } = [Products, Roles];

    /// <summary>The name of the table in <paramref name="file"/>: the file's name without ".csv", which is also its sheet's name in a plan workbook (targets.csv is the sheet targets).</summary>
    public static string TableName(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>The schema of a plan file of <see cref="All"/> or <see cref="Optional"/>.</summary>
    /// <exception cref="KeyNotFoundException">The file is not a plan file.</exception>
    public static CsvSchema SchemaOf(string file) => file switch
    {
        Facts => FactsSchema,
        Industries => IndustriesSchema,
        Regions => RegionsSchema,
        Targets => TargetsSchema,
        Phasing => PhasingSchema,
        People => PeopleSchema,
        Assignments => AssignmentsSchema,
        ChannelPartners => ChannelPartnersSchema,
        TradeShows => TradeShowsSchema,
        LeadSources => LeadSourcesSchema,
        Incentives => IncentivesSchema,
        Budget => BudgetSchema,
        ReplanRules => ReplanRulesSchema,
        Customers => CustomersSchema,
        Products => ProductsSchema,
        Roles => RolesSchema,
        _ => throw new KeyNotFoundException($"\"{file}\" is not a plan file."),
    };

    internal static readonly CsvSchema FactsSchema = new("key", "value", "unit", "source") { Numbers = ["value"] };
    internal static readonly CsvSchema IndustriesSchema = new(["id", "name_zh", "name_en", "avg_order"], ["source"]) { Numbers = ["avg_order"] };
    internal static readonly CsvSchema RegionsSchema = new(["id", "name_zh", "name_en"], ["areas_zh", "source"]);
    internal static readonly CsvSchema TargetsSchema = new(["id", "parent", "level", "industry", "region", "name_zh", "name_en", "amount", "share"], ["kind", "last_year", "source"]) { Numbers = ["amount", "share", "last_year"] };
    internal static readonly CsvSchema PhasingSchema = new(["quarter", "monthly_amount", "share"], ["focus_zh", "focus_en", "source"]) { Numbers = ["monthly_amount", "share"] };
    internal static readonly CsvSchema PeopleSchema = new(["id", "name_zh", "name_en", "role", "industry", "region"], ["source"]);
    internal static readonly CsvSchema AssignmentsSchema = new(["person", "target", "credit"], ["source"]);
    internal static readonly CsvSchema ChannelPartnersSchema = new(["id", "name_zh", "region", "industry", "target", "owner"], ["source"]) { Numbers = ["target"] };
    internal static readonly CsvSchema TradeShowsSchema = new(["id", "name_zh", "name_en", "industry", "qualified_leads", "month", "cost"], ["source"]) { Numbers = ["qualified_leads", "month", "cost"] };
    internal static readonly CsvSchema LeadSourcesSchema = new(["industry", "kind", "leads"], ["source"]) { Numbers = ["leads"] };
    internal static readonly CsvSchema IncentivesSchema = new(["id", "name_zh", "name_en", "kind", "value", "unit", "applies_to"], ["source"]) { Numbers = ["value"] };
    internal static readonly CsvSchema BudgetSchema = new(["id", "name_zh", "name_en", "amount", "funds"], ["source"]) { Numbers = ["amount"] };
    internal static readonly CsvSchema ReplanRulesSchema = new(["id", "period", "metric", "threshold", "step", "action_zh", "action_en"], ["source"]) { Numbers = ["threshold", "step"] };
    internal static readonly CsvSchema ProductsSchema = new(["line", "margin_uplift", "benchmark_prospects", "benchmark_followers_min", "benchmark_followers_max"], ["first_month", "source"]) { Numbers = ["margin_uplift", "benchmark_prospects", "benchmark_followers_min", "benchmark_followers_max", "first_month"] };
    internal static readonly CsvSchema RolesSchema = new(["id", "name_zh", "name_en", "kind"], ["source"]);
    internal static readonly CsvSchema CustomersSchema = new("id", "name_zh", "tier", "industry", "region", "install_year", "renewal_cycle_years", "renewal_order") { Numbers = ["install_year", "renewal_cycle_years", "renewal_order"] };
}
