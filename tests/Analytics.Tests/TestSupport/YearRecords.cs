using System.Globalization;
using Analytics.Loading;
using Analytics.Planning;
using Analytics.Tracking;

namespace Analytics.TestSupport;

/// <summary>Actuals and pipeline facts written as the files would be, read through the real loaders (for the tracking tests).</summary>
internal static class YearRecords
{
    /// <summary>The shipped sample's actuals (data/plc-2026/actuals.csv), loaded once.</summary>
    public static Actuals ShippedActuals => LazyActuals.Value;

    /// <summary>The shipped sample's pipeline facts (data/plc-2026/pipeline.csv), loaded once.</summary>
    public static Pipeline ShippedPipeline => LazyPipeline.Value;

    private static readonly Lazy<Actuals> LazyActuals = new(() => ActualsCsv.Load(RepoPaths.Data("plc-2026", TrackingFiles.Actuals), Shipped.Plan));
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => PipelineCsv.Load(RepoPaths.Data("plc-2026", TrackingFiles.Pipeline), Shipped.Plan));

    /// <summary>Reads <paramref name="csv"/> (the actuals file "actuals.csv") against <paramref name="plan"/> (default the shipped plan).</summary>
    public static Actuals Actuals(string csv, SalesPlan? plan = null)
        => ActualsCsv.Read(CsvTable.Parse(csv, TrackingFiles.Actuals, ActualsCsv.Schema), plan ?? Shipped.Plan);

    /// <summary>Reads <paramref name="csv"/> (the pipeline file "pipeline.csv") against the shipped plan.</summary>
    public static Pipeline Pipeline(string csv)
        => PipelineCsv.Read(CsvTable.Parse(csv, TrackingFiles.Pipeline, PipelineCsv.Schema), Shipped.Plan);

    /// <summary>
    /// Actuals of the shipped plan's three lines as one total each, for months January to the number of
    /// amounts given: <paramref name="repurchase"/>, <paramref name="newCustomers"/> and <paramref name="newProduct"/> per month.
    /// </summary>
    public static Actuals LineTotals(IReadOnlyList<decimal> repurchase, IReadOnlyList<decimal> newCustomers, IReadOnlyList<decimal> newProduct)
    {
        var text = new System.Text.StringBuilder("month,line,industry,region,amount\n");
        for (var m = 0; m < repurchase.Count; m++)
        {
            foreach (var (line, amounts) in new[] { ("repurchase", repurchase), ("new_customers", newCustomers), ("new_product", newProduct) })
            {
                text.Append(CultureInfo.InvariantCulture, $"2026-{m + 1:00},{line},,,{amounts[m].ToString(CultureInfo.InvariantCulture)}\n");
            }
        }

        return Actuals(text.ToString());
    }
}
