using System.Globalization;
using Analytics.Audit;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;

namespace Analytics.Interactive.Formatters;

/// <summary>HTML views of the library's plan results, as notebook cells display them.</summary>
public static class PlanHtml
{
    /// <summary>A plan: its headline facts and its business types as stated.</summary>
    public static string Plan(SalesPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            var f = plan.Facts;
            w.Figures(
            [
                (o.Text($"{f.PlanYear} 年目標", $"{f.PlanYear} target"), o.FormatAmount(f.Target), o.Text($"去年 {o.FormatAmount(f.LastYearSales)}", $"last year {o.FormatAmount(f.LastYearSales)}")),
                (o.Text("隱含增長", "Implied growth"), Formats.Percent(f.ImpliedGrowth), o.Text($"所列 {Formats.Percent(f.StatedGrowth)}", $"stated {Formats.Percent(f.StatedGrowth)}")),
                (o.Text("團隊", "Team"), plan.People.Count.ToString(CultureInfo.InvariantCulture), o.Text($"{plan.ChannelPartners.Count} 家渠道商", $"{plan.ChannelPartners.Count} channel partners")),
                (o.Text("存量客戶", "Existing customers"), plan.Customers.Count.ToString(CultureInfo.InvariantCulture), o.Text($"{f.RenewalDueCustomers} 家今年到期", $"{f.RenewalDueCustomers} due this year")),
            ]);
            w.Table(
                [o.Text("業務類型", "Business type"), ">" + o.Text("所列金額", "stated amount"), ">" + o.Text("所列占比", "stated share"), o.Text("來源", "source")],
                plan.ChildrenOf(plan.Root).Select(n => (IReadOnlyList<string>)[o.IsChinese ? n.NameZh : n.NameEn, n.Amount is { } a ? o.FormatNumber(a) : string.Empty, n.Share is { } s ? Formats.Percent(s) : string.Empty, n.SourceNote]));
        });
    }

    /// <summary>A decomposition: the allocated target tree, the quarters, the over-assignment.</summary>
    public static string Decomposition(PlanDecomposition decomposition)
    {
        ArgumentNullException.ThrowIfNull(decomposition);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            w.Table(
                [o.Text("目標", "Target"), "id", ">" + o.Text($"分配（{o.UnitName}）", $"allocated ({o.UnitName})"), ">" + o.Text("所列占比", "stated share")],
                decomposition.Root.Descendants().Select(t => (IReadOnlyList<string>)
                [
                    new string('\u3000', (int)t.Node.Level) + (o.IsChinese ? t.Node.NameZh : t.Node.NameEn),
                    t.Node.Id,
                    o.FormatNumber(t.Amount),
                    t.Node.Share is { } s ? Formats.Percent(s) : string.Empty,
                ]));
            w.Table(
                [o.Text("季度", "Quarter"), ">" + o.UnitName, ">" + o.Text("月", "months")],
                Enumerable.Range(0, 4).Select(q => (IReadOnlyList<string>)["Q" + (q + 1).ToString(CultureInfo.InvariantCulture), o.FormatNumber(decomposition.Year.Quarters[q]), string.Join(" / ", decomposition.MonthsOf(q + 1).Select(m => o.FormatNumber(m)))]));
            w.Paragraph(o.Text(
                $"個人目標合計 {o.FormatAmount(decomposition.PersonalTotal)} = 公司目標的 {decomposition.OverAssignmentRatio.ToString("0.###", CultureInfo.InvariantCulture)} 倍",
                $"personal targets add up to {o.FormatAmount(decomposition.PersonalTotal)} = {decomposition.OverAssignmentRatio.ToString("0.###", CultureInfo.InvariantCulture)} x the company target"), note: true);
        });
    }

    /// <summary>An audit: a count by severity and every finding with its fixes.</summary>
    public static string Audit(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            w.Paragraph(o.Text(
                $"{report.Count(Severity.Error)} 個錯誤，{report.Count(Severity.Warning)} 個警告，{report.Count(Severity.Info)} 項說明",
                $"{report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), {report.Count(Severity.Info)} note(s)"));
            foreach (var f in report.Findings)
            {
                w.Finding(f);
            }
        });
    }

    /// <summary>One finding with its fixes.</summary>
    public static string Finding(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return HtmlBlocks.Wrap(w => w.Finding(finding));
    }

    /// <summary>The industry x region table with totals.</summary>
    public static string Matrix(RegionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            string Cell(IReadOnlyDictionary<string, decimal> values, string region) => values.TryGetValue(region, out var v) ? o.FormatNumber(v) : string.Empty;
            var rows = matrix.Rows.Select(r => (IReadOnlyList<string>)[r.LineName, r.IndustryName ?? string.Empty, .. matrix.Regions.Select(c => Cell(r.ByRegion, c)), o.FormatNumber(r.Total)])
                .Append([o.Text("合計", "total"), string.Empty, .. matrix.Regions.Select(c => Cell(matrix.ColumnTotals, c)), o.FormatNumber(matrix.Total)]);
            w.Table([o.Text("業務類型", "Business type"), o.Text("行業", "Industry"), .. matrix.Regions.Select(r => ">" + r), ">" + o.Text("合計", "total")], rows);
        });
    }
}
