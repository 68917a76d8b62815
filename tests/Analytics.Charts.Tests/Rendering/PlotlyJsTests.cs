using Analytics.Charts.Rendering;

namespace Analytics.Charts.Tests.Rendering;

public class PlotlyJsTests
{
    [Fact]
    public void Source_FromPlotlyNet_IsTheMinifiedLibraryOfItsVersion()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", PlotlyJs.Version);
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyJs.Version, PlotlyJs.Source, StringComparison.Ordinal);
        Assert.True(PlotlyJs.Source.Length > 1_000_000, "plotly.js is a few MB; a stub would be small");
    }

    [Fact]
    public void ScriptElement_Inline_NoSourceAttribute()
    {
        var element = PlotlyJs.ScriptElement();
        Assert.StartsWith("<script>\n", element, StringComparison.Ordinal);
        Assert.EndsWith("\n</script>", element, StringComparison.Ordinal);
    }
}
