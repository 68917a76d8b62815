using System.Globalization;
using Analytics.Common;
using Analytics.History;

namespace Analytics.Loading;

/// <summary>
/// Reads <see cref="MonthlySales"/> from a CSV with the columns <c>month,amount</c> and optionally
/// <c>line</c>: month written YYYY-MM (2024-07), amount in 萬元 &gt;= 0, each (month, line) once. Every
/// defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class MonthlySalesCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new(["month", "amount"], ["line"]);

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or its figures are unusable.</exception>
    public static IReadOnlyList<MonthlySales> Load(string path) => Read(CsvTable.Load(path, Schema));

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static IReadOnlyList<MonthlySales> Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var seen = new Dictionary<(int, int, string?), int>();
        var sales = new List<MonthlySales>();
        foreach (var row in table.Rows)
        {
            var (year, month) = MonthCell.Read(row, "month");
            var line = row.OptionalId("line");
            if (!seen.TryAdd((year, month, line), row.Line))
            {
                throw row.Error("month", $"{row.Raw("month")}{(line is null ? string.Empty : $" of {line}")} appears twice (first on line {seen[(year, month, line)].ToString(CultureInfo.InvariantCulture)})", "each month once per line");
            }

            sales.Add(new MonthlySales(year, month, line, row.Amount("amount"), row.Location));
        }

        return sales.Count > 0 ? sales : throw new InputException(table.File, 0, null, "the file has a header but no rows", "one row per month: month,amount");
    }
}
