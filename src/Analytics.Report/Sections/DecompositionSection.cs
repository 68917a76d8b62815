using Analytics.Charts;
using Analytics.Common;
using Analytics.Decomposition;

namespace Analytics.Report.Sections;

/// <summary>The target decomposed: business type, industry, region.</summary>
public sealed class DecompositionSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "decomposition";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("目標分解", "The target decomposed");

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var d = content.Decomposition;
        writer.Paragraph(o.Text(
            "按計劃書的三層拆解：業務類型、行業、區域。只給占比的目標按其占比分配父目標餘下的金額（以萬元為單位取整，合計精確）。",
            "The plan's three layers: business type, industry, region. Targets given only as a share get that share of what their parent leaves, rounded to the plan's allocation unit (whole 萬元, i.e. 10,000 CNY) so every level adds up exactly."));
        writer.Chart("decomposition", SalesCharts.Decomposition(d, o));
        writer.Chart("industry-region", SalesCharts.IndustryRegion(RegionMatrix.From(d), content.Plan, o));
        writer.Table(
            [o.Text("業務類型", "Business type"), ">" + o.UnitName, ">" + o.Text("占比（所列）", "share (stated)"), o.Text("來源", "source")],
            d.Root.Children.Select(l => (IReadOnlyList<string>)[ReportText.Name(o, l.Node), o.FormatNumber(l.Amount), ReportText.Share(l.Node.Share), l.Node.SourceNote]));
    }
}
