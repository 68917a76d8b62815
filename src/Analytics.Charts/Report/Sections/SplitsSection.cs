namespace Analytics.Charts.Report.Sections;

/// <summary>The split of the target over the business types under simulation. Absent until the split analysis has run.</summary>
public sealed class SplitsSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "splits";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("業務類型占比", "Splitting the target over the business types");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.Splits is not null;

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        writer.Chart("split-ternary", SalesCharts.SplitTernary(content.Splits!.Points, content.Splits.Markers, o));
    }
}
