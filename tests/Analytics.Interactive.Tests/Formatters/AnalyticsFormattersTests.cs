using System.Text.RegularExpressions;
using Analytics.Charts;
using Analytics.Charts.Rendering;
using Analytics.Interactive.Formatters;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Formatters;

public class AnalyticsFormattersTests
{
    [Fact]
    public void SetupHtml_Status_PlotlyEmbeddedOnceNoSourceAttribute()
    {
        var html = AnalyticsFormatters.SetupHtml(new SetupStatus(PlotlyJs.Version, ["A"]));
        Assert.Equal(1, Regex.Count(html, Regex.Escape("* plotly.js v" + PlotlyJs.Version)));
        Assert.DoesNotMatch(@"<script[^>]*\bsrc=", html);
    }

    [Fact]
    public void ChartHtml_TwoCharts_DistinctDivIds()
    {
        var chart = SalesCharts.PersonalTargets(Shipped.Decomposition);
        var id = new Regex("id=\"(analytics-[0-9a-f]{32})\"");
        Assert.NotEqual(id.Match(AnalyticsFormatters.ChartHtml(chart)).Groups[1].Value, id.Match(AnalyticsFormatters.ChartHtml(chart)).Groups[1].Value);
    }
}
