using System.Text.Json;
using Analytics.Charts.Inputs;
using Analytics.Charts.Rendering;

namespace Analytics.Charts.Tests.Rendering;

public class ChartJsonTests
{
    [Fact]
    public void ForScript_LabelWithClosingScriptTag_CannotEndTheScriptButKeepsTheValue()
    {
        var chart = SalesCharts.GrowthBridge([new BridgeBar("</script><script>alert(1)</script>", 1, true)]);
        var safe = ChartJson.ForScript(chart);
        Assert.DoesNotContain("<", safe, StringComparison.Ordinal);
        Assert.DoesNotContain(">", safe, StringComparison.Ordinal);

        // Same JSON value: \u003c is '<' to a JSON (and JavaScript) parser.
        using var plain = JsonDocument.Parse(ChartJson.Of(chart));
        using var escaped = JsonDocument.Parse(safe);
        Assert.Equal(
            plain.RootElement.GetProperty("data")[0].GetProperty("x")[0].GetString(),
            escaped.RootElement.GetProperty("data")[0].GetProperty("x")[0].GetString());
    }

    [Fact]
    public void EscapeForScript_LineSeparators_Escaped() => Assert.Equal("\"a\\u2028b\"", ChartJson.EscapeForScript("\"a\u2028b\""));
}
