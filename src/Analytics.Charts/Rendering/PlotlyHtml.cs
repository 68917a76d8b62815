using System.Globalization;
using Plotly.NET;

namespace Analytics.Charts.Rendering;

/// <summary>
/// The HTML of one chart inside a page that already holds plotly.js (see
/// <see cref="PlotlyJs.ScriptElement"/>): a div and the script that draws into it. A chart that
/// fails to draw says so in its div and on the console, where the browser check looks.
/// </summary>
public static class PlotlyHtml
{
    /// <summary>The div and drawing script of <paramref name="chart"/>, drawn into the element with id <paramref name="id"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="id">The div's id: letters, digits, '-' and '_' only.</param>
    /// <param name="staticPlot">Draw without toolbar and interaction (for images); default false.</param>
    public static string ChartElement(GenericChart chart, string id, bool staticPlot = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"a chart id may hold ASCII letters, digits, '-' and '_' only; was \"{id}\".", nameof(id));
        }

        return string.Create(CultureInfo.InvariantCulture, $$"""
            <div class="chart" id="{{id}}"></div>
            <script>
            (function () {
              var el = document.getElementById("{{id}}");
              var fig = {{ChartJson.ForScript(chart)}};
              try {
                Plotly.newPlot(el, fig.data, fig.layout, {{(staticPlot ? "{ staticPlot: true }" : "{ responsive: true, displaylogo: false }")}}).catch(function (e) { fail(e); });
              } catch (e) { fail(e); }
              function fail(e) {
                el.textContent = "Chart failed to draw: " + e;
                el.className += " chart-error";
                console.error("chart {{id}} failed to draw:", e);
              }
            })();
            </script>
            """);
    }
}
