using System.Globalization;
using Analytics.Common;
using Analytics.NewProduct;

namespace Analytics.Loading;

/// <summary>
/// Reads an <see cref="AdoptionSeries"/> from a CSV with the columns <c>period,adopters</c>: one row per
/// period in order, the periods consecutive whole numbers from any start (0, 1, 2 ...; 1, 2, 3 ...; or
/// years 2019, 2020 ...). The first row is the launch, period 0 of the model (the interval [0, 1));
/// its label is kept in <see cref="AdoptionSeries.Labels"/>. Adopters are finite numbers &gt;= 0. Every
/// defect is an <see cref="InputException"/> with file, line and column.
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
        var periods = new PeriodSequence("period");
        var adopters = new List<double>();
        foreach (var row in table.Rows)
        {
            periods.Add(row);
            adopters.Add(row.Number("adopters", 0.0));
        }

        if (adopters.Count < BassFit.MinimumPeriods)
        {
            throw new InputException(table.File, 0, null, $"the file has {adopters.Count.ToString(CultureInfo.InvariantCulture)} period(s), too few to fit p, q and m", $"at least {BassFit.MinimumPeriods.ToString(CultureInfo.InvariantCulture)} rows, one per consecutive period from the launch");
        }

        return new AdoptionSeries(adopters) { Labels = periods.Labels };
    }
}
