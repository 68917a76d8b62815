using Analytics.Charts.Rendering;
using Analytics.Export;

namespace Analytics.Charts.ImageExport;

/// <summary>
/// Writes charts as PNG files through a local Chromium: each chart is put on its own page (with
/// plotly.js embedded), screenshotted at a fixed size, and moved into place with
/// <see cref="SafeFile"/>. About 1-2 s a chart.
/// </summary>
public static class PngExporter
{
    /// <summary>
    /// Writes <c>NAME.png</c> in <paramref name="folder"/> for every chart (<see cref="SafeFile"/>'s rule): an existing
    /// PNG of the same name is replaced only if a previous export wrote it (its provenance record); every name is
    /// checked before the first screenshot.
    /// </summary>
    /// <param name="charts">The charts and their file names.</param>
    /// <param name="folder">An existing folder.</param>
    /// <param name="browser">The browser (<see cref="ChromiumBrowser.Find"/>).</param>
    /// <param name="options">Language and chart height; the image is <paramref name="width"/> x the chart height.</param>
    /// <param name="width">Image width in pixels (default 1000).</param>
    /// <param name="inputs">Files the run read: never written over.</param>
    /// <returns>The files written, in chart order.</returns>
    public static IReadOnlyList<string> Write(IEnumerable<NamedChart> charts, string folder, ChromiumBrowser browser, ChartOptions options, int width = 1000, IEnumerable<string>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new IOException($"{folder}: the folder for the PNG files does not exist; create it first.");
        }

        var all = charts.ToArray();
        var read = inputs?.ToArray() ?? [];
        foreach (var chart in all)
        {
            SafeFile.CheckWritable(Path.Combine(folder, chart.Name + ".png"), read, overwrite: true);
        }

        var work = Path.Combine(Path.GetTempPath(), "analytics-png-" + Guid.NewGuid().ToString("N"));
        Temporaries.Add(work, folder: true);
        Directory.CreateDirectory(work);
        var written = new List<string>();
        try
        {
            foreach (var chart in all)
            {
                var page = Path.Combine(work, chart.Name + ".html");
                var shot = Path.Combine(work, chart.Name + ".png");
                File.WriteAllText(page, Page(chart, options, width));
                browser.Screenshot(page, shot, width, options.Height, TimeSpan.FromSeconds(60));
                var target = Path.Combine(folder, chart.Name + ".png");
                var bytes = File.ReadAllBytes(shot);
                SafeFile.Write(target, s => s.Write(bytes), read, overwrite: true);
                written.Add(target);
            }
        }
        finally
        {
            // A failed delete (a browser still holding a file) must not replace the exception that got us here.
            ChromiumBrowser.TryDelete(work);
            Temporaries.Remove(work);
        }

        return written;
    }

    private static string Page(NamedChart chart, ChartOptions options, int width)
        => ChartPage.Head(chart.Name, options.Language, $"body {{ margin: 0; padding: 0; max-width: none; width: {width}px; }} .chart {{ margin: 0; }}")
            + "<body>\n" + PlotlyHtml.ChartElement(chart.Chart, "chart", staticPlot: true) + "\n</body>\n</html>\n";
}
