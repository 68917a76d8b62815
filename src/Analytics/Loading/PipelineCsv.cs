using Analytics.Common;
using Analytics.Planning;
using Analytics.Tracking;

namespace Analytics.Loading;

/// <summary>
/// Reads a plan year's <see cref="Pipeline"/> facts from a CSV whose rows each say their
/// <c>kind</c> and <c>month</c> (YYYY-MM within the plan year) and fill the columns of that kind,
/// leaving the others empty:
/// <list type="bullet">
/// <item><c>leads_wins</c>: <c>industry</c> (the plan's id), <c>leads</c> decided in the month, <c>wins</c> among them, optionally <c>component</c> (the scenario's funnel, default the one named like the industry);</item>
/// <item><c>renewals</c>: <c>tier</c> (A, B or C), <c>due</c> customers decided, <c>renewed</c> among them, optionally <c>component</c> (default tierA, tierB, tierC);</item>
/// <item><c>benchmark</c>: <c>line</c> (the plan's business line, e.g. new_product) and <c>outcome</c> (won or lost): one row per benchmark account decided.</item>
/// </list>
/// A <c>note</c> column is free text. Every defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class PipelineCsv
{
    private const string LeadsWins = "leads_wins";
    private const string Renewals = "renewals";
    private const string Benchmark = "benchmark";

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal) { [LeadsWins] = LeadsWins, [Renewals] = Renewals, [Benchmark] = Benchmark };

    private static readonly Dictionary<string, CustomerTier> Tiers = new(StringComparer.Ordinal) { ["A"] = CustomerTier.A, ["B"] = CustomerTier.B, ["C"] = CustomerTier.C };

    private static readonly Dictionary<string, bool> Outcomes = new(StringComparer.Ordinal) { ["won"] = true, ["lost"] = false };

    // The columns each kind fills; the others must be empty in its rows.
    private static readonly Dictionary<string, string[]> Uses = new(StringComparer.Ordinal)
    {
        [LeadsWins] = ["industry", "component", "leads", "wins"],
        [Renewals] = ["tier", "component", "due", "renewed"],
        [Benchmark] = ["line", "outcome"],
    };

    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new(["kind", "month"], ["industry", "tier", "line", "component", "leads", "wins", "due", "renewed", "outcome", "note"]);

    /// <summary>Loads and checks <paramref name="path"/> against <paramref name="plan"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed, or a fact breaks a rule.</exception>
    public static Pipeline Load(string path, SalesPlan plan) => Read(CsvTable.Load(path, Schema), plan);

    /// <summary>Checks a table already read with <see cref="Schema"/> against <paramref name="plan"/> (a header with no rows is no facts).</summary>
    public static Pipeline Read(CsvTable table, SalesPlan plan)
    {
        Preconditions.NotNull(table);
        Preconditions.NotNull(plan);
        var leads = new List<ObservedLeads>();
        var renewals = new List<ObservedRenewals>();
        var benchmarks = new List<ObservedBenchmark>();
        foreach (var row in table.Rows)
        {
            var kind = row.Choice("kind", Kinds);
            var (year, month) = MonthCell.Read(row, "month");
            foreach (var column in Schema.Optional.Where(c => c != "note" && !Uses[kind].Contains(c) && row.Raw(c).Length > 0))
            {
                throw row.Error(column, $"a {kind} row has \"{row.Raw(column)}\" in {column}, a column of {string.Join(" and ", Uses.Where(u => u.Value.Contains(column)).Select(u => u.Key))} rows", $"{column} empty in {kind} rows, which use {string.Join(", ", Uses[kind])}");
            }

            switch (kind)
            {
                case LeadsWins:
                    var decided = row.Integer("leads", 0, 1_000_000);
                    leads.Add(new ObservedLeads(year, month, row.Id("industry"), row.OptionalId("component"), decided, row.Integer("wins", 0, decided), row.Location));
                    break;
                case Renewals:
                    var due = row.Integer("due", 0, 1_000_000);
                    renewals.Add(new ObservedRenewals(year, month, row.Choice("tier", Tiers), row.OptionalId("component"), due, row.Integer("renewed", 0, due), row.Location));
                    break;
                default:
                    benchmarks.Add(new ObservedBenchmark(year, month, row.Id("line"), row.Choice("outcome", Outcomes), row.Location));
                    break;
            }
        }

        return Pipeline.Create(plan, leads, renewals, benchmarks, table.File);
    }
}
