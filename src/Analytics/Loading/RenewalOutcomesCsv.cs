using System.Globalization;
using Analytics.Common;
using Analytics.History;

namespace Analytics.Loading;

/// <summary>
/// Reads <see cref="RenewalOutcome"/>s from a CSV with the columns <c>customer,tier,due_year,renewed</c>:
/// renewed is 1 or 0 (also yes/no, true/false), each customer once per due year. Every defect is an
/// <see cref="InputException"/> with file, line and column.
/// </summary>
public static class RenewalOutcomesCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new("customer", "tier", "due_year", "renewed");

    private static readonly Dictionary<string, bool> Answers = new(StringComparer.Ordinal)
    {
        ["1"] = true, ["0"] = false, ["yes"] = true, ["no"] = false, ["true"] = true, ["false"] = false,
    };

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or its figures are unusable.</exception>
    public static IReadOnlyList<RenewalOutcome> Load(string path) => Read(CsvTable.Load(path, Schema));

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static IReadOnlyList<RenewalOutcome> Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var seen = new Dictionary<(string, int), int>();
        var outcomes = new List<RenewalOutcome>();
        foreach (var row in table.Rows)
        {
            var customer = row.Id("customer");
            var tier = row.Id("tier");
            var year = row.Integer("due_year", 1900, 2999);
            var renewed = row.Choice("renewed", Answers);
            if (!seen.TryAdd((customer, year), row.Line))
            {
                throw row.Error("customer", $"the customer \"{customer}\" is due in {year.ToString(CultureInfo.InvariantCulture)} twice (first on line {seen[(customer, year)].ToString(CultureInfo.InvariantCulture)})", "each customer once per due year");
            }

            outcomes.Add(new RenewalOutcome(customer, tier, year, renewed, row.Location));
        }

        return outcomes.Count > 0 ? outcomes : throw new InputException(table.File, 0, null, "the file has a header but no rows", "one row per customer due: customer,tier,due_year,renewed");
    }
}
