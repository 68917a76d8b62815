using Analytics.Charts.Inputs;
using Analytics.Charts.Rendering;

namespace Analytics.Charts.ImageExport.Tests;

/// <summary>
/// The failure paths, with a stand-in "browser" (/bin/true exits 0 and writes nothing). Real
/// screenshots are taken by .ci/browser-check.sh, outside the fast unit tests.
/// </summary>
public class PngExporterTests : IDisposable
{
    private readonly string? _saved = Environment.GetEnvironmentVariable(ChromiumBrowser.PathVariable);

    public void Dispose() => Environment.SetEnvironmentVariable(ChromiumBrowser.PathVariable, _saved);

    [Fact]
    public void Find_ConfiguredPathMissing_Null()
    {
        Environment.SetEnvironmentVariable(ChromiumBrowser.PathVariable, "/no/such/chromium");
        Assert.Null(ChromiumBrowser.Find());
    }

    [Fact]
    public void Write_BrowserWritesNoImage_IOExceptionAndNoFile()
    {
        Environment.SetEnvironmentVariable(ChromiumBrowser.PathVariable, "/bin/true");
        var browser = ChromiumBrowser.Find()!;
        var folder = Directory.CreateTempSubdirectory("png-").FullName;
        try
        {
            var chart = new NamedChart("bridge", SalesCharts.GrowthBridge([new BridgeBar("x", 1, true)]));
            var e = Assert.Throws<IOException>(() => PngExporter.Write([chart], folder, browser, ChartOptions.Default));
            Assert.Contains("without a screenshot", e.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_FolderMissing_IOException()
    {
        Environment.SetEnvironmentVariable(ChromiumBrowser.PathVariable, "/bin/true");
        var browser = ChromiumBrowser.Find();
        Assert.NotNull(browser);
        Assert.Throws<IOException>(() => PngExporter.Write([], "/no/such/folder", browser, ChartOptions.Default));
    }
}
