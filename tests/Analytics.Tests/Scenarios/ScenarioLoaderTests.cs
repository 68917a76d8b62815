using Analytics.Common;
using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Scenarios;

public class ScenarioLoaderTests
{
    [Fact]
    public void Load_SeedScenario_EncodesTheReferenceExactly()
    {
        var s = ScenarioLoader.Load(ScenarioFiles.Seed);
        Assert.Equal("seed-2026", s.Name);
        Assert.Equal(5000, s.Target);
        Assert.Equal(["repurchase", "newCustomers", "newProduct"], s.Streams.Select(x => x.Name));
        Assert.Equal([1800.0, 2200, 1000], s.Streams.Select(x => x.Target));
        Assert.All(s.Streams, x => Assert.Equal("market", x.Multiplier!.Name));
        var market = Assert.IsType<LogNormal>(s.Input("market").Distribution);
        Assert.Equal(1.0, market.Mean, 1e-14);
        Assert.Equal(0.10, market.CoefficientOfVariation, 1e-14);

        var tiers = s.Streams[0].Components.Take(3).Cast<RenewalTier>().ToArray();
        Assert.Equal([20, 25, 15], tiers.Select(t => t.Customers));
        Assert.Equal([0.8, 0.6, 0.4], tiers.Select(t => ((Constant)t.RenewalProbability.Distribution).Value));
        Assert.Equal([30.0, 18, 10], tiers.Select(t => Math.Round(t.OrderValue.Mean, 10)));
        Assert.All(tiers, t => Assert.Equal(0.4, ((LogNormal)t.OrderValue).CoefficientOfVariation, 1e-14));
        var upgrades = Assert.IsType<OrderPool>(s.Streams[0].Components[3]);
        Assert.Equal(100, Assert.IsType<Poisson>(upgrades.Count).Lambda);
        Assert.Equal(0.6, ((LogNormal)upgrades.OrderValue).CoefficientOfVariation, 1e-14);

        var funnels = s.Streams[1].Components.Cast<IndustryFunnel>().ToArray();
        Assert.Equal([120.0, 60, 90], funnels.Select(f => ((Poisson)f.Leads).Lambda));
        Assert.Equal([(15.0, 85.0), (12, 88), (20, 80)], funnels.Select(f => (((Beta)f.WinRate.Distribution).A, ((Beta)f.WinRate.Distribution).B)));
        Assert.Equal([45.0, 100, 40], funnels.Select(f => Math.Round(f.OrderValue.Mean, 10)));

        var cascade = Assert.IsType<BenchmarkCascade>(Assert.Single(s.Streams[2].Components));
        Assert.Equal(3, cascade.Prospects);
        Assert.Equal(0.35, ((Constant)cascade.WinProbability.Distribution).Value);
        Assert.Equal((5, 8), (cascade.Followers.MinimumCount, cascade.Followers.MaximumCount));
        Assert.Equal(0.3, ((LogNormal)cascade.BenchmarkValue).CoefficientOfVariation, 1e-14);
        Assert.Equal(0.5, ((LogNormal)cascade.FollowerValue).CoefficientOfVariation, 1e-14);
        Assert.Matches("^[0-9a-f]{64}$", s.Hash);
    }

    [Fact]
    public void Load_SeedScenario_InputsAddressableByName()
    {
        var s = ScenarioLoader.Load(ScenarioFiles.Seed);
        Assert.Contains("newCustomers.3c.winRate", s.Inputs.Select(i => i.Name));
        Assert.Contains("newProduct.benchmarks.winProbability", s.Inputs.Select(i => i.Name));
        Assert.Contains("repurchase.tierA.renewalProbability", s.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void Load_PlcScenario_LoadsWithPlanTargets()
    {
        var s = ScenarioLoader.Load(ScenarioFiles.Plc);
        Assert.Equal(5000, s.Target);
        Assert.Equal(1800, s.Streams.Single(x => x.Name == "repurchase").Target);
        Assert.Equal(2200, s.Streams.Single(x => x.Name == "newCustomers").Target);
        Assert.Equal(1000, s.Streams.Single(x => x.Name == "newProduct").Target);
        Assert.NotEmpty(s.Correlations);
    }

    [Fact]
    public void Load_MissingFile_InputExceptionNamingIt()
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load("no/such/scenario.json"));
        Assert.Contains("no/such/scenario.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("file not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Minimal_Loads() => Assert.Equal(50, ScenarioLoader.Parse(ScenarioFiles.Minimal(), "t.json").Streams[0].Components[0].ExpectedValue);

    [Theory]
    // A PERT with min above max: reported at the "max" key's value, on the distribution's line.
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"pert\", \"min\": 10, \"mode\": 5, \"max\": 2 }", 8, "invalid pert distribution: max must be a finite number > 10; was 2")]
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"normal\", \"mean\": 10, \"sd\": -1 }", 8, "invalid normal distribution: sd must be a finite number > 0")]
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"lognormla\", \"mean\": 10, \"cv\": 1 }", 8, "unknown distribution the text \"lognormla\" (did you mean \"lognormal\"?)")]
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"lognormal\", \"mean\": 10, \"mu\": 1 }", 8, "a lognormal takes one set of parameters")]
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderVaule\": 5", 8, "unknown key \"orderVaule\" in the component \"s.c\" (did you mean \"orderValue\"?)")]
    [InlineData("\"model\": \"orderPool\", \"count\": { \"dist\": \"lognormal\", \"mean\": 10, \"cv\": 1 }, \"orderValue\": 5", 8, "\"count\" is a count, but LogNormal(mean 10, cv 1) is not a count distribution")]
    [InlineData("\"model\": \"renewalTier\", \"customers\": 5, \"renewalProbability\": 1.2, \"orderValue\": 5", 8, "renewalProbability must be a probability: a distribution with values in [0, 1]; was Constant(1.2)")]
    [InlineData("\"model\": \"industryFunnel\", \"leads\": 10, \"winRate\": \"optimism\", \"orderValue\": 5", 8, "\"winRate\" refers to the input \"optimism\", which is not declared")]
    [InlineData("\"model\": \"renewalTeir\", \"customers\": 5", 8, "unknown model the text \"renewalTeir\" (did you mean \"renewalTier\"?)")]
    [InlineData("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"normal\", \"mean\": 10, \"sd\": 20 }", 8, "orderValue must not take negative values")]
    [InlineData("\"model\": \"renewalTier\", \"customers\": 2.5, \"renewalProbability\": 0.5, \"orderValue\": 5", 8, "\"customers\" must be a whole number; found 2.5")]
    public void Parse_BadComponent_InputExceptionAtTheLine(string component, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal(component), "t.json"));
        Assert.Equal(line, e.Line);
        Assert.NotNull(e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"t.json:{line}: column ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DescriptionInBothLanguages_EachKeptAndAPlainStringTheSameInBoth()
    {
        var both = ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"target\": 100,", "\"target\": 100, \"description\": { \"zh\": \"說明\", \"en\": \"Note\" },", StringComparison.Ordinal), "t.json");
        Assert.Equal(("說明", "Note"), (both.Description!.Zh, both.Description.En));
        var plain = ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"target\": 100,", "\"target\": 100, \"description\": \"Note\",", StringComparison.Ordinal), "t.json");
        Assert.Equal(("Note", "Note"), (plain.Description!.Zh, plain.Description.En));
    }

    [Theory]
    [InlineData("{ \"zh\": \"說明\" }", "lacks \"en\"")]
    [InlineData("{ \"zh\": \"說明\", \"en\": \"Note\", \"fr\": \"Note\" }", "unknown key \"fr\"")]
    [InlineData("{ \"zh\": \" \", \"en\": \"Note\" }", "\"zh\" is blank")]
    [InlineData("12", "must be a non-empty text or")]
    public void Parse_BadDescription_InputExceptionAtItsLine(string description, string fragment)
    {
        var text = ScenarioFiles.Minimal().Replace("\"target\": 100,", "\"target\": 100,\n  \"description\": " + description + ",", StringComparison.Ordinal);
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json"));
        Assert.Equal(4, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PertMinAboveMax_ColumnPointsAtMax()
    {
        var text = ScenarioFiles.Minimal("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"pert\", \"min\": 10, \"mode\": 5, \"max\": 2 }");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json"));
        var lineText = text.Split('\n')[7];
        Assert.Equal(lineText.IndexOf("2 }", StringComparison.Ordinal) + 1, int.Parse(e.Column!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_MissingTarget_RejectedBeforeSimulating()
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"target\": 50,", string.Empty, StringComparison.Ordinal), "t.json"));
        Assert.Equal(5, e.Line);
        Assert.Contains("the stream \"s\" lacks \"target\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingTotalTarget_Rejected()
        => Assert.Contains("the scenario lacks \"target\"", Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"target\": 100,", string.Empty, StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_CorrelationAboveOne_RejectedAtRank()
    {
        var text = Correlated("\"rank\": 1.5");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json"));
        Assert.Contains("the rank correlation 1.5 is outside [-1, 1]", e.Message, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("\"rank\"", StringComparison.Ordinal)) + 1, e.Line);
    }

    [Fact]
    public void Parse_CorrelationWithUnknownInput_SuggestsName()
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(Correlated("\"rank\": 0.3").Replace("\"s.c.winRate\"", "\"s.c.winrate\"", StringComparison.Ordinal), "t.json"));
        Assert.Contains("no input is named \"s.c.winrate\" (did you mean \"s.c.winRate\"?)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Correlation_Loaded()
    {
        var s = ScenarioLoader.Parse(Correlated("\"rank\": 0.3"), "t.json");
        var c = Assert.Single(s.Correlations);
        Assert.Equal(("m", "s.c.winRate", 0.3), (c.First, c.Second, c.Coefficient));
    }

    [Fact]
    public void Parse_UnusedInput_Rejected()
    {
        var text = ScenarioFiles.Minimal().Replace("\"target\": 100,", "\"target\": 100, \"inputs\": { \"spare\": 1.0 },", StringComparison.Ordinal);
        Assert.Contains("the input \"spare\" is declared but no stream uses it", Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StreamNamedTotal_Rejected()
        => Assert.Contains("\"total\" is reserved", Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"s\": {", "\"total\": {", StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_UnknownTopLevelKey_RejectedWithHint()
        => Assert.Contains("unknown key \"streems\"", Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal().Replace("\"target\": 100,", "\"target\": 100, \"streems\": {},", StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_NegativeMultiplier_Rejected()
    {
        var text = ScenarioFiles.Minimal().Replace("\"target\": 50,", "\"target\": 50, \"multiplier\": { \"dist\": \"normal\", \"mean\": 1, \"sd\": 0.1 },", StringComparison.Ordinal);
        Assert.Contains("can be negative", Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryDistributionKind_Accepted()
    {
        // Each kind the README documents, as an order value or count, parses.
        string[] values =
        [
            "{ \"dist\": \"lognormal\", \"mu\": 2, \"sigma\": 0.5 }",
            "{ \"dist\": \"lognormal\", \"p10\": 5, \"p90\": 20 }",
            "{ \"dist\": \"triangular\", \"min\": 1, \"mode\": 2, \"max\": 5 }",
            "{ \"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 5 }",
            "{ \"dist\": \"uniform\", \"min\": 1, \"max\": 5 }",
            "{ \"dist\": \"gamma\", \"shape\": 2, \"scale\": 3 }",
            "{ \"dist\": \"weibull\", \"shape\": 2, \"scale\": 3 }",
            "{ \"dist\": \"threePoint\", \"p10\": 1, \"p50\": 2, \"p90\": 5 }",
            "{ \"dist\": \"constant\", \"value\": 4 }",
            "{ \"dist\": \"discrete\", \"values\": [1, 2], \"weights\": [3, 1] }",
            "{ \"dist\": \"empirical\", \"values\": [1, 2, 8] }",
            "{ \"dist\": \"beta\", \"a\": 2, \"b\": 3 }",
        ];
        foreach (var v in values)
        {
            ScenarioLoader.Parse(ScenarioFiles.Minimal($"\"model\": \"orderPool\", \"count\": 3, \"orderValue\": {v}"), "t.json");
        }

        foreach (var c in new[] { "{ \"dist\": \"binomial\", \"n\": 5, \"p\": 0.5 }", "{ \"dist\": \"bernoulli\", \"p\": 0.5 }", "{ \"dist\": \"discreteUniform\", \"min\": 1, \"max\": 3 }" })
        {
            ScenarioLoader.Parse(ScenarioFiles.Minimal($"\"model\": \"orderPool\", \"count\": {c}, \"orderValue\": 1"), "t.json");
        }
    }

    [Fact]
    public void Parse_LinearThreePointOrderValue_RejectedBecauseItCanBeNegative()
    {
        var text = ScenarioFiles.Minimal("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"threePoint\", \"p10\": 1, \"p50\": 2, \"p90\": 5, \"scale\": \"linear\" }");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(text, "t.json"));
        Assert.Contains("orderValue must not take negative values; was ThreePoint(P10 1, P50 2, P90 5, linear scale)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NormalWithNegativeSd_NamesTheFileKey()
    {
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Parse(ScenarioFiles.Minimal("\"model\": \"orderPool\", \"count\": 3, \"orderValue\": { \"dist\": \"normal\", \"mean\": 10, \"sd\": -1 }"), "t.json"));
        Assert.Contains("invalid normal distribution: sd must be a finite number > 0; was -1", e.Message, StringComparison.Ordinal);
    }

    private static string Correlated(string rank)
        => "{\n  \"scenario\": \"t\",\n  \"target\": 100,\n  \"inputs\": { \"m\": { \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.1 } },\n  \"streams\": {\n    \"s\": {\n      \"target\": 50,\n      \"multiplier\": \"m\",\n      \"components\": {\n"
            + "        \"c\": { \"model\": \"industryFunnel\", \"leads\": 10, \"winRate\": { \"dist\": \"beta\", \"a\": 2, \"b\": 8 }, \"orderValue\": 5 }\n      }\n    }\n  },\n"
            + "  \"correlations\": [\n    { \"between\": [\"m\", \"s.c.winRate\"],\n      " + rank + " }\n  ]\n}\n";
}
