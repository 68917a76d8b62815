using Analytics.Common;
using Analytics.Planning;
using Analytics.Tracking;

namespace Analytics.Loading;

/// <summary>
/// Reads a plan year's <see cref="Actuals"/> from a CSV with the columns <c>month,line,amount</c> and
/// optionally <c>industry</c>, <c>region</c> and <c>note</c>: month written YYYY-MM within the plan
/// year, line a business line of the plan, industry and region the plan's ids (or empty), amount in
/// 萬元 &gt;= 0. The cells are read here; the rules the rows must keep together (no repeats, one
/// breakdown per month and line, no gaps) are <see cref="Actuals.Create"/>'s. Every defect is an
/// <see cref="InputException"/> with file, line and column.
/// </summary>
public static class ActualsCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new(["month", "line", "amount"], ["industry", "region", "note"]);

    /// <summary>Loads and checks <paramref name="path"/> against <paramref name="plan"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed, or its rows break a rule.</exception>
    public static Actuals Load(string path, SalesPlan plan) => Read(CsvTable.Load(path, Schema), plan);

    /// <summary>Checks a table already read with <see cref="Schema"/> against <paramref name="plan"/>.</summary>
    public static Actuals Read(CsvTable table, SalesPlan plan)
    {
        Preconditions.NotNull(table);
        Preconditions.NotNull(plan);
        if (table.Rows.Count == 0)
        {
            throw new InputException(table.File, 0, null, "the file has a header but no rows", "one row per month and business line from January: month,line,industry,region,amount");
        }

        var rows = table.Rows.Select(r =>
        {
            var (year, month) = MonthCell.Read(r, "month");
            return new MonthlyActual(year, month, r.Id("line"), r.OptionalId("industry"), r.OptionalId("region"), r.Amount("amount"), r.Location);
        }).ToArray();
        return Actuals.Create(plan, rows, table.File);
    }
}
