using Analytics.Charts.Rendering;
using Plotly.NET;

namespace Analytics.Charts.Tests.TestSupport;

/// <summary>Checks that a chart's page needs nothing from the network: plotly.js embedded, no URL anywhere else.</summary>
internal static class Offline
{
    public static void AssertSelfContained(GenericChart chart)
    {
        var page = ChartPage.Render([chart], "t");
        Assert.Contains("* plotly.js v" + PlotlyJs.Version, page, StringComparison.Ordinal);
        var rest = page.Replace(PlotlyJs.Source, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch("https?://", rest);
        Assert.DoesNotMatch(@"<script[^>]*\bsrc=", rest);
    }
}
