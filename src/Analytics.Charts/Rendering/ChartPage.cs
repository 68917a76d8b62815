using System.Text;
using Analytics.Charts.Theme;
using Plotly.NET;

namespace Analytics.Charts.Rendering;

/// <summary>
/// Many charts on one self-contained HTML page: plotly.js is embedded once, before the charts,
/// and nothing is loaded from the network, so the file opens offline by double-click.
/// </summary>
public static class ChartPage
{
    /// <summary>The page's HTML.</summary>
    /// <param name="charts">The charts, top to bottom.</param>
    /// <param name="title">The page title (escaped).</param>
    /// <param name="language">The page's language (its lang attribute).</param>
    public static string Render(IEnumerable<GenericChart> charts, string title, ChartLanguage language = ChartLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(title);
        var b = new StringBuilder();
        b.Append(Head(title, language, string.Empty));
        b.Append("<body>\n<h1>").Append(Html.Encode(title)).Append("</h1>\n");
        var n = 0;
        foreach (var chart in charts)
        {
            b.Append(PlotlyHtml.ChartElement(chart, "chart-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        }

        b.Append("</body>\n</html>\n");
        return b.ToString();
    }

    /// <summary>
    /// The document's start up to &lt;/head&gt;: charset, viewport, title, the base styles,
    /// <paramref name="extraCss"/>, and plotly.js (once). Pages built on it (the report) add a body.
    /// </summary>
    /// <param name="title">The page's title.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="extraCss">Styles after the base ones.</param>
    /// <param name="generator">The generator tag's content (default <see cref="Generator"/>; the report has its own).</param>
    public static string Head(string title, ChartLanguage language, string extraCss, string generator = Generator)
    {
        ArgumentNullException.ThrowIfNull(title);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{(language == ChartLanguage.English ? "en" : "zh-Hant")}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="{{Html.Encode(generator)}}">
            <title>{{Html.Encode(title)}}</title>
            <style>
            body { font-family: {{ChartTheme.FontFamily}}; color: {{ChartTheme.Ink}}; margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.5; }
            .chart { width: 100%; margin: 16px 0 32px; }
            .chart-error { color: {{ChartTheme.Target}}; border: 1px solid {{ChartTheme.Target}}; padding: 12px; }
            {{extraCss}}
            </style>
            {{PlotlyJs.ScriptElement()}}
            </head>

            """;
    }

    /// <summary>The generator meta tag's content; a page carrying it was written by this toolkit and may be regenerated in place.</summary>
    public const string Generator = "Analytics.Charts";
}
