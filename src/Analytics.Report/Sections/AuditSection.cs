using Analytics.Audit;
using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>The audit's findings: errors and warnings with their fixes, then the informational checks.</summary>
public sealed class AuditSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "audit";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("審核結果", "Audit findings");

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var serious = content.Audit.Findings.Where(f => f.Severity != Severity.Info).ToArray();
        if (serious.Length == 0)
        {
            writer.Paragraph(o.Text("沒有錯誤或警告：計劃書的數字前後一致。", "No errors or warnings: the plan's figures agree with each other."));
        }

        foreach (var f in serious)
        {
            writer.Finding(f);
        }

        var info = content.Audit.Findings.Where(f => f.Severity == Severity.Info).ToArray();
        if (info.Length > 0)
        {
            writer.Heading(o.Text("其他檢查", "Other checks"));
            writer.Table(
                [o.Text("規則", "Rule"), o.Text("位置", "Where"), o.Text("結果", "Result")],
                info.Select(f => (IReadOnlyList<string>)[f.Rule, ReportText.Location(f.Location), o.Text(f.Text)]),
                "findings");
        }
    }
}
