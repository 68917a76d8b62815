using System.Text.RegularExpressions;
using Analytics.Charts.Rendering;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Rendering;

public class ChartPageTests
{
    private static readonly Lazy<string> Page = new(() => ChartPage.Render(
        [SalesCharts.Decomposition(Shipped.Decomposition), SalesCharts.Phasing(Shipped.Decomposition), SalesCharts.PersonalTargets(Shipped.Decomposition)],
        "計劃 <script>alert(1)</script>"));

    [Fact]
    public void Render_ThreeCharts_PlotlyJsEmbeddedExactlyOnceBeforeTheCharts()
    {
        var page = Page.Value;
        Assert.Equal(1, Regex.Count(page, Regex.Escape("* plotly.js v" + PlotlyJs.Version)));
        Assert.Equal(3, Regex.Count(page.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal), Regex.Escape("Plotly.newPlot(")));
        Assert.True(page.IndexOf("* plotly.js v", StringComparison.Ordinal) < page.IndexOf("id=\"chart-1\"", StringComparison.Ordinal));
        Assert.Contains("id=\"chart-3\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Page_LoadsNothingFromTheNetwork()
    {
        // Outside the embedded library (whose code names URLs it never fetches for these charts),
        // the page references no http(s) resource and no script or stylesheet by address.
        var page = Page.Value.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch("https?://", page);
        Assert.DoesNotMatch(@"<script[^>]*\bsrc=", page);
        Assert.DoesNotMatch(@"<link\b", page);
        Assert.DoesNotContain("cdn.plot.ly", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileTitle_Escaped()
    {
        var page = Page.Value.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);
        Assert.Contains("<title>計劃 &lt;script&gt;alert(1)&lt;/script&gt;</title>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", page, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"generator\" content=\"{ChartPage.Generator}\">", page, StringComparison.Ordinal);
    }
}
