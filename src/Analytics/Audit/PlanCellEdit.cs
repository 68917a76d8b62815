using System.Globalization;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>
/// One cell of a plan file set to a new value, as a person would edit it: the file, the row's key
/// (a fact's key, a target's id, a quarter "Q1".."Q4"), the column and the value. <see cref="Apply"/>
/// gives a new plan in memory, checked again as a loaded plan is; the files are not touched.
/// Amounts are rounded half to even to two decimals (as the audit writes them), so the value applied
/// is the value the fix's text names.
/// </summary>
public sealed record PlanCellEdit
{
    private const string ValueColumn = "value";
    private const string AmountColumn = "amount";
    private const string ShareColumn = "share";
    private const string MonthlyColumn = "monthly_amount";

    // The facts stated in 萬元; the others are fractions, counts or a year, written as given.
    private static readonly HashSet<string> AmountFacts = new(StringComparer.Ordinal) { "last_year_sales", "target", "renewal_potential", "budget_total", "allocation_unit" };

    private PlanCellEdit(string file, string row, string column, decimal? value, bool isAmount)
    {
        File = file;
        Row = Preconditions.NotBlank(row);
        Column = column;
        Value = isAmount && value is { } v ? decimal.Round(v, 2) : value;
        ValueText = Value is not { } set ? string.Empty : isAmount ? Formats.PlainAmount(set) : set.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The plan file, e.g. "phasing.csv".</summary>
    public string File { get; }

    /// <summary>The row's key: a fact's key, a target's id, or a quarter "Q1".."Q4".</summary>
    public string Row { get; }

    /// <summary>The column, e.g. "monthly_amount".</summary>
    public string Column { get; }

    /// <summary>The new value (萬元, a fraction or a count, as the column holds); null empties an optional cell.</summary>
    public decimal? Value { get; }

    /// <summary>The value as it would be written in the file, e.g. "466.67" or "0.0512"; empty for an emptied cell.</summary>
    public string ValueText { get; }

    /// <summary>Sets the fact <paramref name="key"/> of facts.csv (e.g. "budget_total") to <paramref name="value"/>.</summary>
    public static PlanCellEdit Fact(string key, decimal value) => new(PlanFiles.Facts, key, ValueColumn, value, AmountFacts.Contains(key));

    /// <summary>Sets the stated amount of target <paramref name="id"/> (targets.csv), 萬元.</summary>
    public static PlanCellEdit TargetAmount(string id, decimal amount) => new(PlanFiles.Targets, id, AmountColumn, amount, isAmount: true);

    /// <summary>Sets the stated share of its parent of target <paramref name="id"/> (targets.csv), a fraction.</summary>
    public static PlanCellEdit TargetShare(string id, decimal share) => new(PlanFiles.Targets, id, ShareColumn, share, isAmount: false);

    /// <summary>Sets the monthly target of quarter <paramref name="quarter"/> (1-4) in phasing.csv, 萬元.</summary>
    public static PlanCellEdit QuarterMonthly(int quarter, decimal amount) => new(PlanFiles.Phasing, QuarterRow(quarter), MonthlyColumn, amount, isAmount: true);

    /// <summary>Sets the share of the year of quarter <paramref name="quarter"/> (1-4) in phasing.csv, a fraction.</summary>
    public static PlanCellEdit QuarterShare(int quarter, decimal share) => new(PlanFiles.Phasing, QuarterRow(quarter), ShareColumn, share, isAmount: false);

    /// <summary>The plan with this cell changed, built and checked again.</summary>
    /// <exception cref="ArgumentException">The value is out of the column's range, or the fact key is unknown.</exception>
    /// <exception cref="InputException">The changed plan breaks its structure.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no target with this id.</exception>
    public SalesPlan Apply(SalesPlan plan)
    {
        Preconditions.NotNull(plan);
        return File switch
        {
            PlanFiles.Facts => plan.With(facts: WithFact(plan.Facts, Row, Value!.Value)),
            PlanFiles.Targets => plan.WithTarget(Column == AmountColumn ? plan.Target(Row).WithAmount(Value) : plan.Target(Row).WithShare(Value)),
            _ => plan.WithQuarter(Column == MonthlyColumn ? Quarter(plan).WithMonthlyAmount(Value) : Quarter(plan).WithShare(Value!.Value)),
        };
    }

    /// <summary>"phasing.csv Q4 monthly_amount = 466.67".</summary>
    public override string ToString() => $"{File} {Row} {Column} = {ValueText}";

    private PhasingQuarter Quarter(SalesPlan plan) => plan.Phasing[int.Parse(Row.AsSpan(1), CultureInfo.InvariantCulture) - 1];

    private static string QuarterRow(int quarter) => "Q" + Preconditions.InRange(quarter, 1, 4).ToString(CultureInfo.InvariantCulture);

    private static PlanFacts WithFact(PlanFacts facts, string key, decimal value) => key switch
    {
        "plan_year" => facts.With(planYear: Whole(value, key)),
        "last_year_sales" => facts.With(lastYearSales: value),
        "target" => facts.With(target: value),
        "stated_growth" => facts.With(statedGrowth: value),
        "market_share_last_year" => facts.With(marketShareLastYear: value),
        "market_growth_low" => facts.With(marketGrowthLow: value),
        "market_growth_high" => facts.With(marketGrowthHigh: value),
        "existing_customers" => facts.With(existingCustomers: Whole(value, key)),
        "renewal_due_customers" => facts.With(renewalDueCustomers: Whole(value, key)),
        "renewal_potential" => facts.With(renewalPotential: value),
        "new_product_margin_uplift" => facts.With(newProductMarginUplift: value),
        "benchmark_prospects" => facts.With(benchmarkProspects: Whole(value, key)),
        "benchmark_followers_min" => facts.With(benchmarkFollowersMin: Whole(value, key)),
        "benchmark_followers_max" => facts.With(benchmarkFollowersMax: Whole(value, key)),
        "a_tier_repurchase_goal" => facts.With(aTierRepurchaseGoal: value),
        "channel_share_of_new_customers" => facts.With(channelShareOfNewCustomers: value),
        "budget_ratio" => facts.With(budgetRatio: value),
        "budget_total" => facts.With(budgetTotal: value),
        "allocation_unit" => facts.With(allocationUnit: value),
        "typical_win_rate_max" => facts.With(typicalWinRateMax: value),
        _ => throw new ArgumentException($"unknown fact \"{key}\"; expected a key of {PlanFiles.Facts}.", nameof(key)),
    };

    private static int Whole(decimal value, string key)
        => decimal.IsInteger(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"the fact \"{key}\" is a whole number; was {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
}
