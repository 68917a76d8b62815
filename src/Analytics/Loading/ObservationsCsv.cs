using System.Globalization;
using Analytics.Common;
using Analytics.Fitting.Distributions;

namespace Analytics.Loading;

/// <summary>
/// Reads the values of one column of any CSV (an order export, a list of deal sizes) as
/// <see cref="Observations"/> for <c>fit distribution</c>, optionally only the rows where other columns
/// have given values (<c>industry = 3c</c>). The column is <c>value</c> when the file has one, or the
/// file's only column. Every value must be a finite number (and &gt; 0 when a positive family is to be
/// fitted); every defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class ObservationsCsv
{
    /// <summary>The column read when none is named and the file has it.</summary>
    public const string DefaultColumn = "value";

    /// <summary>Any header: the column to read is checked once the file is open.</summary>
    public static CsvSchema Schema { get; } = new([], []) { OtherColumns = true };

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="column">The column to read, or null for the default.</param>
    /// <param name="filters">Rows kept: those whose column equals the value (exactly, after trimming), for every pair.</param>
    /// <param name="positive">Whether every value must be &gt; 0 (a lognormal, gamma or Weibull fit).</param>
    /// <exception cref="InputException">The file, the column, a filter or a value is unusable.</exception>
    public static Observations Load(string path, string? column = null, IReadOnlyList<(string Column, string Value)>? filters = null, bool positive = false)
        => Read(CsvTable.Load(path, Schema), column, filters, positive);

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static Observations Read(CsvTable table, string? column = null, IReadOnlyList<(string Column, string Value)>? filters = null, bool positive = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        filters ??= [];
        var name = column ?? (table.Columns.Contains(DefaultColumn) ? DefaultColumn : table.Columns.Count == 1 ? table.Columns[0] : null);
        if (name is null)
        {
            throw new InputException(table.File, 1, null, $"the file has several columns ({string.Join(", ", table.Columns)}) and none is called \"{DefaultColumn}\"", "the column to fit named with --column");
        }

        foreach (var wanted in filters.Select(f => f.Column).Prepend(name))
        {
            if (!table.Columns.Contains(wanted))
            {
                throw new InputException(table.File, 1, null, $"the file has no column \"{wanted}\"", "one of its columns: " + string.Join(", ", table.Columns));
            }
        }

        var values = new List<double>();
        var sources = new List<SourceLocation>();
        foreach (var row in table.Rows.Where(r => filters.All(f => r.Raw(f.Column) == f.Value)))
        {
            var value = row.Number(name);
            if (positive && !(value > 0))
            {
                throw row.Error(name, $"{value.ToString("R", CultureInfo.InvariantCulture)} is not > 0, and lognormal, gamma and weibull fits need positive values", "values > 0, or only the families that take any value (normal, triangular, pert)");
            }

            values.Add(value);
            sources.Add(row.Location);
        }

        var what = "column " + name + string.Concat(filters.Select(f => $", {f.Column} = {f.Value}"));
        if (values.Count < DistributionFitter.MinimumObservations)
        {
            throw new InputException(table.File, 0, null, $"the file has {values.Count.ToString(CultureInfo.InvariantCulture)} value(s) in {what}, too few to fit a distribution", $"at least {DistributionFitter.MinimumObservations.ToString(CultureInfo.InvariantCulture)} values");
        }

        return new Observations(values, sources, what);
    }
}
