using Analytics.Charts.Rendering;

namespace Analytics.Charts.Theme;

/// <summary>
/// Text that goes into a chart. plotly.js reads a small HTML subset in labels (&lt;b&gt;, &lt;br&gt;,
/// links), so a name from the data is escaped to show literally: a partner called "&lt;b&gt;" must
/// not turn bold, and nothing in a plan file may add markup to the owner's page.
/// </summary>
public static class PlotText
{
    /// <summary>Escapes &amp;, &lt; and &gt; as entities, which plotly.js shows as the characters (quotes need nothing: labels are not attributes).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Html.Escape(text, "&<>");
    }
}
