using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;
using Analytics.Common;

namespace Analytics.Charts.Tests;

public class SalesChartsTornadoTests
{
    private static readonly TornadoBar[] Bars =
    [
        new(new BilingualText("新客贏單率", "Win rate"), 0.30, 0.72, "10%-20%"),
        new(new BilingualText("復購率", "Repurchase rate"), 0.41, 0.63),
    ];

    [Fact]
    public void Tornado_Probabilities_HorizontalBarsFromTheBaseInTheOrderGiven()
    {
        var f = Figure.Of(SalesCharts.Tornado(Bars, baseline: 0.54));
        Assert.Equal(2, f.Traces.Count);
        var low = f.Trace(0);
        var high = f.Trace(1);
        Assert.Equal("h", low.GetProperty("orientation").GetString());
        Assert.Equal(0.54, low.GetProperty("base").GetDouble());
        Assert.Equal([0.30 - 0.54, 0.41 - 0.54], Figure.Numbers(low.GetProperty("x")));
        Assert.Equal([0.72 - 0.54, 0.63 - 0.54], Figure.Numbers(high.GetProperty("x")));
        Assert.Equal(["30.0%", "41.0%"], Figure.Strings(low.GetProperty("customdata")));
        Assert.StartsWith("新客贏單率", Figure.Strings(low.GetProperty("y"))[0], StringComparison.Ordinal);
        Assert.Equal("reversed", f.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal(".0%", f.Layout.GetProperty("xaxis").GetProperty("tickformat").GetString());
        Assert.Equal(0.54, Assert.Single(f.Shapes).GetProperty("x0").GetDouble());
        Assert.Contains("基準 54.0%", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Tornado_AmountsInMillions_BaseAndBarsConverted()
    {
        var f = Figure.Of(SalesCharts.Tornado([new TornadoBar("price", 4600, 5300)], baseline: 5000, TornadoMetric.Amount, ChartOptions.English));
        Assert.Equal(50, f.Trace(0).GetProperty("base").GetDouble());
        Assert.Equal(-4, Figure.Numbers(f.Trace(0).GetProperty("x"))[0], 9);
        Assert.Equal(["53.00"], Figure.Strings(f.Trace(1).GetProperty("customdata")));
        Assert.Equal("result (million CNY)", f.AxisTitle("xaxis"));
    }

    [Fact]
    public void Tornado_SensitivityRecord_SameChartAsItsParts()
    {
        var sensitivity = new Sensitivity(Bars, 0.54);
        Assert.Equal(ChartJson(SalesCharts.Tornado(Bars, 0.54)), ChartJson(SalesCharts.Tornado(sensitivity)));
    }

    private static string ChartJson(Plotly.NET.GenericChart chart) => Analytics.Charts.Rendering.ChartJson.Of(chart);

    [Fact]
    public void Tornado_NaNBaseline_Throws() => Assert.ThrowsAny<ArgumentException>(() => SalesCharts.Tornado(Bars, double.NaN));
}
