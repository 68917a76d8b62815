using System.Text;
using Analytics.Audit;
using Analytics.Charts;
using Analytics.Charts.Rendering;
using Plotly.NET;

namespace Analytics.Report;

/// <summary>
/// Writes the body of the report. Every text it is given is HTML-escaped (names, notes and audit
/// messages come from plan files); charts are placed as plotly.js drawings and collected for PNG
/// export. Sections write through this and never build HTML strings themselves.
/// </summary>
public sealed class ReportWriter
{
    private readonly StringBuilder _html = new();
    private readonly List<NamedChart> _charts = [];

    /// <summary>A writer for a page in <paramref name="options"/>'s language and unit.</summary>
    public ReportWriter(ChartOptions options)
    {
        Options = Analytics.Common.Preconditions.NotNull(options);
    }

    /// <summary>Language, unit and chart height of the page.</summary>
    public ChartOptions Options { get; }

    /// <summary>The charts written so far, in page order.</summary>
    public IReadOnlyList<NamedChart> Charts => _charts;

    /// <summary>Picks the text for the page's language.</summary>
    public string Text(string zh, string en) => Options.Text(zh, en);

    /// <summary>A sub-heading.</summary>
    public ReportWriter Heading(string text) => Raw("<h3>").Escaped(text).Raw("</h3>\n");

    /// <summary>A paragraph; <paramref name="note"/> makes it a muted side note.</summary>
    public ReportWriter Paragraph(string text, bool note = false) => Raw(note ? "<p class=\"note\">" : "<p>").Escaped(text).Raw("</p>\n");

    /// <summary>A row of key figures (label above a large value).</summary>
    public ReportWriter Figures(IEnumerable<(string Label, string Value, string? Detail)> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Raw("<div class=\"figures\">\n");
        foreach (var (label, value, detail) in figures)
        {
            Raw("<div class=\"figure\"><div class=\"label\">").Escaped(label).Raw("</div><div class=\"value\">").Escaped(value).Raw("</div>");
            if (detail is not null)
            {
                Raw("<div class=\"detail\">").Escaped(detail).Raw("</div>");
            }

            Raw("</div>\n");
        }

        return Raw("</div>\n");
    }

    /// <summary>A table; columns whose header starts with '&gt;' are right-aligned numbers (the '&gt;' is not shown).</summary>
    public ReportWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var numeric = headers.Select(h => h.StartsWith('>')).ToArray();
        Raw(cssClass is null ? "<table>\n<thead><tr>" : $"<table class=\"{Html.Encode(cssClass)}\">\n<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            Raw(numeric[i] ? "<th class=\"num\">" : "<th>").Escaped(numeric[i] ? headers[i][1..] : headers[i]).Raw("</th>");
        }

        Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Raw("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                Raw(i < numeric.Length && numeric[i] ? "<td class=\"num\">" : "<td>").Escaped(row[i]).Raw("</td>");
            }

            Raw("</tr>\n");
        }

        return Raw("</tbody>\n</table>\n");
    }

    /// <summary>A bulleted list.</summary>
    public ReportWriter List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Raw("<ul>\n");
        foreach (var item in items)
        {
            Raw("<li>").Escaped(item).Raw("</li>\n");
        }

        return Raw("</ul>\n");
    }

    /// <summary>A chart, exported as <paramref name="name"/>.png by <c>--png</c>.</summary>
    public ReportWriter Chart(string name, GenericChart chart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_charts.Any(c => c.Name == name))
        {
            throw new ArgumentException($"the report already has a chart named \"{name}\".", nameof(name));
        }

        _charts.Add(new NamedChart(name, chart));
        return Raw(PlotlyHtml.ChartElement(chart, "chart-" + name)).Raw("\n");
    }

    /// <summary>An audit finding: its severity, rule and file:line, the message, and the fixes.</summary>
    public ReportWriter Finding(AuditFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Finding(ReportText.SeverityClass(finding.Severity), ReportText.Severity(Options, finding.Severity), $"{finding.Rule} · {ReportText.Location(finding.Location)}", Options.Text(finding.Text), [.. finding.Remedies.Select(r => Options.Text(r.Texts))]);
    }

    /// <summary>A finding-like block: a severity badge, a title line and details.</summary>
    public ReportWriter Finding(string severityClass, string badge, string title, string message, IEnumerable<string> fixes)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        Raw($"<div class=\"finding {Html.Encode(severityClass)}\"><span class=\"badge\">").Escaped(badge).Raw("</span> <code>").Escaped(title).Raw("</code>\n<p>").Escaped(message).Raw("</p>\n");
        var list = fixes.ToArray();
        if (list.Length > 0)
        {
            Raw("<ul class=\"fixes\">\n");
            foreach (var fix in list)
            {
                Raw("<li>").Escaped(fix).Raw("</li>\n");
            }

            Raw("</ul>\n");
        }

        return Raw("</div>\n");
    }

    /// <summary>The HTML written so far.</summary>
    public override string ToString() => _html.ToString();

    /// <summary>Appends what <paramref name="other"/> (a writer of the same page) has written: its markup and its charts.</summary>
    internal ReportWriter Append(ReportWriter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var chart in other.Charts)
        {
            if (_charts.Any(c => c.Name == chart.Name))
            {
                throw new ArgumentException($"the report already has a chart named \"{chart.Name}\".", nameof(other));
            }
        }

        _charts.AddRange(other.Charts);
        _html.Append(other._html);
        return this;
    }

    /// <summary>Trusted markup written by the report itself (never data).</summary>
    internal ReportWriter Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    private ReportWriter Escaped(string text)
    {
        _html.Append(Html.Encode(text));
        return this;
    }
}
