using System.Globalization;
using System.Text;
using Analytics.Charts.Rendering;
using Analytics.Charts.Report.Sections;
using Analytics.Common;

namespace Analytics.Charts.Report;

/// <summary>
/// The owner's report: one self-contained HTML page (plotly.js embedded once, nothing fetched)
/// that opens offline with no notebook tooling. Sections appear in <see cref="Sections"/> order
/// when the content holds their results; nothing stands in for a missing analysis.
/// </summary>
public static class OwnerReport
{
    /// <summary>The sections, in page order. A new analysis adds its section here.</summary>
    public static IReadOnlyList<ReportSection> Sections { get; } =
    [
        new HeadlineSection(),
        new GrowthSection(),
        new DecompositionSection(),
        new PhasingSection(),
        new RiskSection(),
        new SplitsSection(),
        new PeopleSection(),
        new AuditSection(),
        new SourcesSection(),
    ];

    /// <summary>Renders the page.</summary>
    /// <param name="content">What to show.</param>
    /// <param name="options">Language and unit (default Chinese, 萬元).</param>
    public static RenderedReport Render(ReportContent content, ChartOptions? options = null)
    {
        Preconditions.NotNull(content);
        var o = options ?? ChartOptions.Default;
        var sections = Sections.Where(s => s.Applies(content)).ToArray();
        var writer = new ReportWriter(o);
        foreach (var section in sections)
        {
            writer.Raw($"<section id=\"{Html.Encode(section.Id)}\">\n<h2>").Raw(Html.Encode(o.Text(section.Title))).Raw("</h2>\n");
            section.Write(content, writer);
            writer.Raw("</section>\n");
        }

        var title = Title(content, o);
        var page = new StringBuilder();
        page.Append(ChartPage.Head(title, o.Language, Css));
        page.Append("<body>\n<header>\n<h1>").Append(Html.Encode(title)).Append("</h1>\n<nav>");
        page.AppendJoin(" · ", sections.Select(s => $"<a href=\"#{Html.Encode(s.Id)}\">{Html.Encode(o.Text(s.Title))}</a>"));
        page.Append("</nav>\n</header>\n<main>\n").Append(writer).Append("</main>\n<footer>\n<p>");
        page.Append(Html.Encode(Footer(content, o)));
        page.Append("</p>\n</footer>\n</body>\n</html>\n");
        return new RenderedReport(page.ToString(), writer.Charts, [.. sections.Select(s => s.Id)]);
    }

    private static string Title(ReportContent content, ChartOptions o)
        => o.Text($"{content.Plan.Facts.PlanYear} 年度銷售目標報告", $"Sales target {content.Plan.Facts.PlanYear}: report to the owner");

    private static string Footer(ReportContent content, ChartOptions o)
    {
        var source = content.PlanSource is null ? string.Empty : o.Text($"數據：{content.PlanSource}。", $"Data: {content.PlanSource}. ");
        var version = typeof(OwnerReport).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return source + o.Text(
            $"由 analytics report {version} 生成；金額單位 {o.UnitName}；圖表由內嵌的 plotly.js {PlotlyJs.Version} 繪製，離線可讀。",
            $"Written by analytics report {version}; amounts in {o.UnitName}; charts drawn by the embedded plotly.js {PlotlyJs.Version}, readable offline.");
    }

    /// <summary>The page's own styles (the base styles come with <see cref="ChartPage.Head"/>).</summary>
    private const string Css = """
        header { border-bottom: 2px solid #1f5fa8; margin-bottom: 16px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; margin: 40px 0 12px; border-left: 4px solid #1f5fa8; padding-left: 10px; }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        nav { font-size: 14px; margin-bottom: 12px; }
        nav a { color: #1f5fa8; text-decoration: none; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; }
        .figure { flex: 1 1 200px; border: 1px solid #e3e7ec; border-radius: 6px; padding: 10px 14px; background: #fafbfc; }
        .figure .label { font-size: 13px; color: #6b7785; }
        .figure .value { font-size: 22px; font-weight: 600; }
        .figure .detail { font-size: 12px; color: #6b7785; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 16px; }
        th, td { border-bottom: 1px solid #e3e7ec; padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f6f8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .finding { border: 1px solid #e3e7ec; border-left-width: 5px; border-radius: 4px; padding: 8px 12px; margin: 10px 0; }
        .finding.error { border-left-color: #c0392b; }
        .finding.warning { border-left-color: #e08a1e; }
        .finding.info { border-left-color: #6b7785; }
        .finding p { margin: 6px 0; }
        .badge { font-size: 12px; font-weight: 600; padding: 1px 6px; border-radius: 3px; color: #fff; background: #6b7785; }
        .error .badge { background: #c0392b; }
        .warning .badge { background: #e08a1e; }
        .fixes { margin: 4px 0; font-size: 14px; }
        .note { color: #6b7785; font-size: 14px; }
        footer { margin-top: 40px; border-top: 1px solid #e3e7ec; color: #6b7785; font-size: 12px; }
        """;
}
