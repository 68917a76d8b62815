using Analytics.Interactive.Formatters;
using Analytics.Market;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Formatters;

[Collection(NotebookOptionsCollection.Name)]
public class GrowthHtmlTests
{
    [Fact]
    public void Justification_ShippedPlan_TheReportsTablesWithoutCharts()
    {
        var html = GrowthHtml.Justification(GrowthJustification.Of(GrowthInputs.FromPlan(Shipped.Plan)));
        // Hold-share sales 3800 x 1.15 = 4370; share needed 5000 / (165217.39 x 1.15) = 2.63%; 630 left to share gain.
        Assert.Contains("<td>15.0%</td><td class=\"num\">4,370</td><td class=\"num\">2.63%</td><td class=\"num\">630</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>新產品</td><td class=\"num\">1,000</td><td class=\"num\">-200</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Plotly.newPlot", html, StringComparison.Ordinal);
    }
}
