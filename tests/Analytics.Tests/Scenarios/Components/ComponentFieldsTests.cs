using Analytics.Common;
using Analytics.Scenarios.Components;
using Analytics.Scenarios.Json;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios.Components;

public class ComponentFieldsTests
{
    private static ComponentFields Fields(string json)
    {
        var o = new ObjectReader(JsonTreeReader.Parse(json, "c.json"), "c.json", "the component");
        return new ComponentFields(o, "s.c", (node, key, path) => new ScalarInput(path, DistributionSyntax.Read(node, key, "c.json")));
    }

    [Fact]
    public void Readers_ValidKeys_TheQuantities()
    {
        var f = Fields("""{ "n": 7, "leads": 12, "orders": { "dist": "poisson", "mean": 3 }, "value": { "dist": "lognormal", "mean": 30, "cv": 0.4 }, "rate": 0.25 }""");
        Assert.Equal(7, f.WholeNumber("n", "a whole number"));
        Assert.Equal(new DiscreteUniform(12, 12).Mean, f.Count("leads").Mean);
        Assert.IsType<Poisson>(f.Count("orders"));
        Assert.Equal(30, f.Value("value").Mean, 9);
        var rate = f.Probability("rate");
        Assert.Equal(("s.c.rate", 0.25), (rate.Name, rate.Distribution.Mean)); // an inline input is named by its path
    }

    [Theory]
    [InlineData("""{ "n": -1 }""", "n", "\"n\" is -1, which is negative")]
    [InlineData("""{ "n": "market" }""", "count", "\"n\" is a count and cannot refer to the input \"market\"")]
    [InlineData("""{ "n": { "dist": "normal", "mean": 3, "sd": 1 } }""", "count", "is not a count distribution")]
    [InlineData("""{ "n": "market" }""", "value", "\"n\" is drawn for every order, so it cannot refer to the per-trial input \"market\"")]
    public void Readers_BadValues_InputExceptionAtTheKey(string json, string reader, string message)
    {
        var f = Fields(json);
        Action read = reader switch
        {
            "count" => () => f.Count("n"),
            "value" => () => f.Value("n"),
            _ => () => f.WholeNumber("n", "a whole number >= 0"),
        };
        var e = Assert.Throws<InputException>(read);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("c.json", e.Message, StringComparison.Ordinal);
    }
}
