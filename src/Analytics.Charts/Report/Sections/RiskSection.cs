namespace Analytics.Charts.Report.Sections;

/// <summary>The plan's risk under simulation: distribution, fan chart, drivers. Absent until a simulation has run.</summary>
public sealed class RiskSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "risk";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("風險：達成目標的機率", "Risk: the chance of reaching the target");

    /// <inheritdoc />
    public override bool Applies(ReportContent content)
        => content is not null && (content.Distribution is not null || content.Fan is not null || content.Sensitivity is not null);

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        if (content.Distribution is { } distribution)
        {
            writer.Chart("distribution", SalesCharts.OutcomeDistribution(distribution, o));
        }

        if (content.Fan is { } fan)
        {
            writer.Chart("fan", SalesCharts.FanChart(fan, o));
        }

        if (content.Sensitivity is { } s)
        {
            writer.Chart("tornado", SalesCharts.Tornado(s.Bars, s.Baseline, s.Metric, o));
        }
    }
}
