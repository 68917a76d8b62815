using System.Globalization;
using Analytics.Common;
using Analytics.Loading;

namespace Analytics.NewProduct;

/// <summary>
/// Reads an <see cref="AdoptionSeries"/> from a CSV with the columns <c>period,adopters</c>: one row per
/// period 0, 1, 2, ... in order (period i is the interval [i, i + 1) since launch), adopters a finite
/// number &gt;= 0. Every defect is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class AdoptionSeriesCsv
{
    /// <summary>The columns.</summary>
    public static CsvSchema Schema { get; } = new("period", "adopters");

    /// <summary>Loads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or its figures are unusable.</exception>
    public static AdoptionSeries Load(string path) => Read(CsvTable.Load(path, Schema));

    /// <summary>Validates a table already read with <see cref="Schema"/>.</summary>
    public static AdoptionSeries Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var adopters = new List<double>();
        foreach (var row in table.Rows)
        {
            var period = row.Integer("period", 0);
            if (period != adopters.Count)
            {
                throw row.Error("period", $"period {period.ToString(CultureInfo.InvariantCulture)} where {adopters.Count.ToString(CultureInfo.InvariantCulture)} was due", "periods 0, 1, 2, ... one per row, in order");
            }

            adopters.Add(row.Number("adopters", 0.0));
        }

        if (adopters.Count < BassFit.MinimumPeriods)
        {
            throw new InputException(table.File, 0, null, $"the file has {adopters.Count.ToString(CultureInfo.InvariantCulture)} period(s), too few to fit p, q and m", $"at least {BassFit.MinimumPeriods.ToString(CultureInfo.InvariantCulture)} rows: periods 0 to {(BassFit.MinimumPeriods - 1).ToString(CultureInfo.InvariantCulture)}");
        }

        return new AdoptionSeries(adopters);
    }
}
