using System.Globalization;
using Analytics.Common;
using Analytics.Tracking;

namespace Analytics.Export;

/// <summary>
/// Writes a year's record in the layouts its readers take (data/README.md): actuals.csv
/// (<c>month,line,industry,region,amount</c>) and pipeline.csv (<c>kind,month,industry,tier,line,component,leads,wins,due,renewed,outcome</c>).
/// </summary>
public static class TrackingCsv
{
    /// <summary>Writes <paramref name="actuals"/>' rows, in their order, amounts with two decimals.</summary>
    public static void WriteActuals(Stream stream, Actuals actuals)
    {
        Preconditions.NotNull(actuals);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["month", "line", "industry", "region", "amount"]);
        foreach (var r in actuals.Rows)
        {
            csv.WriteRecord([CalendarMonths.Label(r.Year, r.Month), r.Line, r.Industry ?? string.Empty, r.Region ?? string.Empty, r.Amount.ToString("0.00", CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>Writes <paramref name="pipeline"/>'s facts: leads and wins, then renewals, then benchmark accounts, each by month.</summary>
    public static void WritePipeline(Stream stream, Pipeline pipeline)
    {
        Preconditions.NotNull(pipeline);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteRecord(["kind", "month", "industry", "tier", "line", "component", "leads", "wins", "due", "renewed", "outcome"]);
        static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
        foreach (var l in pipeline.Leads.OrderBy(l => l.Month))
        {
            csv.WriteRecord(["leads_wins", CalendarMonths.Label(l.Year, l.Month), l.Industry, string.Empty, string.Empty, l.Component ?? string.Empty, Whole(l.Leads), Whole(l.Wins), string.Empty, string.Empty, string.Empty]);
        }

        foreach (var r in pipeline.Renewals.OrderBy(r => r.Month))
        {
            csv.WriteRecord(["renewals", CalendarMonths.Label(r.Year, r.Month), string.Empty, r.Tier.ToString(), string.Empty, r.Component ?? string.Empty, string.Empty, string.Empty, Whole(r.Due), Whole(r.Renewed), string.Empty]);
        }

        foreach (var b in pipeline.Benchmarks.OrderBy(b => b.Month))
        {
            csv.WriteRecord(["benchmark", CalendarMonths.Label(b.Year, b.Month), string.Empty, string.Empty, b.Line, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, b.Won ? "won" : "lost"]);
        }
    }
}
