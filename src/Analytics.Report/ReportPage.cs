using System.Text;
using Analytics.Charts;
using Analytics.Charts.Rendering;
using Analytics.Common;
using Analytics.Report.Sections;

namespace Analytics.Report;

/// <summary>
/// The owner's report: one self-contained HTML page (plotly.js embedded once, nothing fetched)
/// that opens offline with no notebook tooling. Sections appear in <see cref="Sections"/> order
/// when the content holds their results; nothing stands in for a missing analysis.
/// </summary>
public static class ReportPage
{
    /// <summary>
    /// The report's generator tag: distinct from a plain chart page's (<see cref="ChartPage.Generator"/>), so the
    /// report command replaces only a page that is a report, never another page this toolkit wrote.
    /// </summary>
    public const string Generator = ChartPage.Generator + " owner report";

    /// <summary>The sections, in page order. A new analysis adds its section here.</summary>
    public static IReadOnlyList<ReportSection> Sections { get; } =
    [
        new HeadlineSection(),
        new GrowthSection(),
        new DecompositionSection(),
        new PhasingSection(),
        new RiskSection(),
        new TimingSection(),
        new InYearSection(),
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
        var sections = new List<ReportSection>();
        var writer = new ReportWriter(o);
        foreach (var section in Sections)
        {
            var body = Body(section, content, o);
            if (body is null)
            {
                continue;
            }

            sections.Add(section);
            writer.Raw($"<section id=\"{Html.Encode(section.Id)}\">\n<h2>").Raw(Html.Encode(o.Text(section.Title))).Raw("</h2>\n");
            writer.Append(body);
            writer.Raw("</section>\n");
        }

        var title = Title(content, o);
        var page = new StringBuilder();
        page.Append(ChartPage.Head(title, o.Language, ReportStyles.Css(), Generator));
        page.Append("<body>\n<header>\n<h1>").Append(Html.Encode(title)).Append("</h1>\n<nav>");
        page.AppendJoin(" · ", sections.Select(s => $"<a href=\"#{Html.Encode(s.Id)}\">{Html.Encode(o.Text(s.Title))}</a>"));
        page.Append("</nav>\n</header>\n<main>\n").Append(writer).Append("</main>\n<footer>\n<p>");
        page.Append(Html.Encode(Footer(content, o)));
        page.Append("</p>\n</footer>\n</body>\n</html>\n");
        return new RenderedReport(page.ToString(), writer.Charts, [.. sections.Select(s => s.Id)]);
    }

    /// <summary>
    /// A section's body written on its own, or null when the section has nothing to show. A section whose analysis was
    /// left out (<see cref="ReportContent.Omissions"/>) keeps its heading and says why; a section that fails while it
    /// is written is replaced by a sentence saying so: no section can make the whole page fail.
    /// </summary>
    private static ReportWriter? Body(ReportSection section, ReportContent content, ChartOptions o)
    {
        var omissions = content.Omissions.Where(x => x.Section == section.Id).ToArray();
        var body = new ReportWriter(o);
        try
        {
            if (section.Applies(content))
            {
                section.Write(content, body);
            }
            else if (omissions.Length == 0)
            {
                return null;
            }
        }
#pragma warning disable CA1031 // No section may make the whole page fail: it is replaced by a sentence saying why.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            body = new ReportWriter(o);
            body.Paragraph(o.Text(
                "本節在生成頁面時出錯，因此略去；其他各節不受影響。",
                $"This section failed while the page was written and is left out ({ExceptionText.Message(e).TrimEnd('.')}); the other sections are unaffected."), note: true);
        }

        foreach (var omission in omissions)
        {
            body.Paragraph(o.Text(omission.Reason), note: true);
        }

        return body;
    }

    private static string Title(ReportContent content, ChartOptions o)
        => o.Text($"{content.Plan.Facts.PlanYear} 年度銷售目標報告", $"Sales target {content.Plan.Facts.PlanYear}: report to the owner");

    private static string Footer(ReportContent content, ChartOptions o)
    {
        var source = content.PlanSource is null ? string.Empty : o.Text($"數據：{content.PlanSource}。", $"Data: {content.PlanSource}. ");
        var version = typeof(ReportPage).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        return source + o.Text(
            $"由 analytics report {version} 生成；金額單位 {o.UnitName}；圖表由內嵌的 plotly.js {PlotlyJs.Version} 繪製，離線可讀。",
            $"Written by analytics report {version}; amounts in {o.UnitName}; charts drawn by the embedded plotly.js {PlotlyJs.Version}, readable offline.");
    }
}
