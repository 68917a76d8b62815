using System.Text;
using Plotly.NET;

namespace Analytics.Charts.Rendering;

/// <summary>A chart as plotly.js JSON: what tests assert on and what pages embed.</summary>
public static class ChartJson
{
    /// <summary>The chart's plotly.js figure, <c>{"data": [...], "layout": {...}, "frames": []}</c>.</summary>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toFigureJson(chart);
    }

    /// <summary>
    /// The same figure, safe inside an HTML &lt;script&gt; element: &lt;, &gt; and &amp; (and the
    /// JavaScript line separators) are written as \u escapes, which denote the same characters
    /// in JSON, so a name like "&lt;/script&gt;" in the data cannot end the script early.
    /// </summary>
    public static string ForScript(GenericChart chart) => EscapeForScript(Of(chart));

    /// <summary>Escapes JSON text for a &lt;script&gt; element (see <see cref="ForScript"/>).</summary>
    public static string EscapeForScript(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var b = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            b.Append(c switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }
}
