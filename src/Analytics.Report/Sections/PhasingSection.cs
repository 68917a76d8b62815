using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>The year by quarter and month, with what the audit says about the phasing table.</summary>
public sealed class PhasingSection : ReportSection
{
    /// <summary>The audit rules about the phasing table, whose findings are repeated here.</summary>
    private static readonly string[] PhasingRules = ["phasing-quarter", "phasing-total"];

    /// <inheritdoc />
    public override string Id => "phasing";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("季度與月度節奏", "Quarters and months");

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var d = content.Decomposition;
        writer.Chart("phasing", SalesCharts.Phasing(d, o));
        writer.Table(
            [o.Text("季度", "Quarter"), ">" + o.Text("占比", "share"), ">" + o.Text("季度目標", "quarter"), ">" + o.Text("每月（按占比）", "per month (by share)"), ">" + o.Text("每月（所列）", "per month (stated)"), o.Text("重點", "focus")],
            content.Plan.Phasing.Select(q => (IReadOnlyList<string>)
            [
                q.Label,
                Formats.Percent(q.Share),
                o.FormatNumber(d.Year.Quarters[q.Quarter - 1]),
                string.Join(" / ", d.MonthsOf(q.Quarter).Select(m => o.FormatNumber(m))),
                q.MonthlyAmount is { } m ? o.FormatNumber(m) : string.Empty,
                o.IsChinese ? q.FocusZh : q.FocusEn,
            ]));
        var findings = content.Audit.Findings.Where(f => PhasingRules.Contains(f.Rule, StringComparer.Ordinal)).ToArray();
        if (findings.Length > 0)
        {
            writer.Heading(o.Text("審核指出的矛盾與修正", "What the audit finds, and the fixes"));
            foreach (var f in findings)
            {
                writer.Finding(f);
            }
        }
        else
        {
            writer.Paragraph(o.Text("季度占比與所列月度目標一致。", "The quarterly shares and the stated monthly figures agree."), note: true);
        }
    }
}
