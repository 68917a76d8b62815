using System.Globalization;
using Analytics.Common;
using Analytics.History;

namespace Analytics.Loading;

/// <summary>
/// Reads <see cref="LeadPeriod"/>s from a CSV with the columns <c>period,leads,wins</c> and optionally
/// <c>industry</c>: one row per period (and industry), wins never more than leads, each (period,
/// industry) once. Every defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class LeadPeriodsCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new(["period", "leads", "wins"], ["industry"]);

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or its figures are unusable.</exception>
    public static IReadOnlyList<LeadPeriod> Load(string path) => Read(CsvTable.Load(path, Schema));

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static IReadOnlyList<LeadPeriod> Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var seen = new Dictionary<(string, string?), int>();
        var periods = new List<LeadPeriod>();
        foreach (var row in table.Rows)
        {
            var period = row.Text("period");
            var industry = row.OptionalId("industry");
            var leads = row.Integer("leads", 0);
            var wins = row.Integer("wins", 0, leads);
            if (!seen.TryAdd((period, industry), row.Line))
            {
                throw row.Error("period", $"the period \"{period}\"{(industry is null ? string.Empty : $" of {industry}")} appears twice (first on line {seen[(period, industry)].ToString(CultureInfo.InvariantCulture)})", "each period once per industry");
            }

            periods.Add(new LeadPeriod(period, industry, leads, wins, row.Location));
        }

        return periods.Count > 0 ? periods : throw new InputException(table.File, 0, null, "the file has a header but no rows", "one row per period: period,leads,wins");
    }
}
