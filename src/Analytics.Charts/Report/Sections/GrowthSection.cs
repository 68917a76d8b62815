namespace Analytics.Charts.Report.Sections;

/// <summary>The growth justification: the bridge from last year's sales to the target, step by step.</summary>
public sealed class GrowthSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "growth";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("增長從何而來", "Where the growth comes from");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.GrowthBridge is { Count: > 0 };

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var steps = content.GrowthBridge!;
        writer.Chart("growth-bridge", SalesCharts.GrowthBridge(steps, o));
        writer.Table(
            [o.Text("項目", "Step"), ">" + o.UnitName],
            steps.Select(s => (IReadOnlyList<string>)[o.Text(s.Label), o.FormatNumber(s.Value, signed: !s.IsTotal)]));
    }
}
