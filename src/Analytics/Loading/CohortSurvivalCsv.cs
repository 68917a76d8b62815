using System.Globalization;
using Analytics.Common;
using Analytics.Repurchase;

namespace Analytics.Loading;

/// <summary>
/// Reads a <see cref="CohortSurvival"/> from a CSV with the columns <c>period,alive</c>: one row per
/// period in order, the periods consecutive whole numbers from any start (0, 1, 2 ...; 1, 2, 3 ...; or
/// years 2019, 2020 ...). The first row is the cohort's start, period 0 of the model; its label is
/// kept in <see cref="CohortSurvival.Labels"/>. Alive is a whole number &gt;= 0 that never increases.
/// Every defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class CohortSurvivalCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new("period", "alive");

    /// <summary>Fewest rows: periods 0, 1 and 2, so that alpha and beta can be told apart.</summary>
    public const int MinimumRows = 3;

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or its figures are unusable.</exception>
    public static CohortSurvival Load(string path) => Read(CsvTable.Load(path, Schema));

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static CohortSurvival Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var periods = new PeriodSequence("period");
        var alive = new List<int>();
        foreach (var row in table.Rows)
        {
            var period = periods.Add(row);
            var count = row.Integer("alive", 0);
            if (alive.Count == 0 && count == 0)
            {
                throw row.Error("alive", "the cohort is empty at period 0", "the cohort's size at period 0 (the first row), a whole number > 0");
            }

            if (alive.Count > 0 && count > alive[^1])
            {
                throw row.Error("alive", $"{count.ToString(CultureInfo.InvariantCulture)} alive is more than the {alive[^1].ToString(CultureInfo.InvariantCulture)} alive at period {periods.Labels.Label(period - 1).ToString(CultureInfo.InvariantCulture)}", "counts that never increase (a cohort only loses members)");
            }

            alive.Add(count);
        }

        if (alive.Count < MinimumRows)
        {
            throw new InputException(table.File, 0, null, $"the file has {alive.Count.ToString(CultureInfo.InvariantCulture)} period(s), too few to fit the retention model", $"at least {MinimumRows.ToString(CultureInfo.InvariantCulture)} rows, one per consecutive period from the cohort's start");
        }

        return new CohortSurvival(alive) { Labels = periods.Labels };
    }
}
