using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>The key figures (<see cref="ReportHeadline"/>).</summary>
public sealed class HeadlineSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "headline";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("摘要", "Headline");

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        writer.Figures(ReportHeadline.Figures(content, o));
    }
}
