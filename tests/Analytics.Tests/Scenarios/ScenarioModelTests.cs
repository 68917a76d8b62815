using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios;

public class ScenarioModelTests
{
    private static readonly Scenario Seed = ScenarioLoader.Load(ScenarioFiles.Seed);

    [Fact]
    public void ExpectedValue_SeedScenario_ClosedFormsOfTheReference()
    {
        var model = new ScenarioModel(Seed);
        Assert.Equal(1810, model.ExpectedValue("repurchase")!.Value, 1e-9);
        Assert.Equal(2250, model.ExpectedValue("newCustomers")!.Value, 1e-9);
        Assert.Equal((3 * 0.35 * 150) + ((1 - Math.Pow(0.65, 3)) * 6.5 * 110), model.ExpectedValue("newProduct")!.Value, 1e-9);
        Assert.Equal(4736.143125, model.ExpectedTotal()!.Value, 1e-9);
    }

    [Fact]
    public void Simulate_SeedScenario_MeansWithinFourStandardErrorsOfClosedForms()
    {
        // The reference's contract: E[R] = 1810, E[N] = 2250, E[P] = 676.14, E[total] = 4736.1.
        var result = SimulationEngine.Run(new ScenarioModel(Seed), new SimulationOptions(40_000, seed: 11, threads: 2));
        foreach (var (name, expected) in new[] { ("repurchase", 1810.0), ("newCustomers", 2250.0), ("newProduct", 676.143125), ("total", 4736.143125) })
        {
            var o = result.Output(name);
            Assert.InRange(o.Mean, expected - (4 * o.MeanStandardError), expected + (4 * o.MeanStandardError));
        }
    }

    [Fact]
    public void Simulate_SeedScenario_TotalIsSumOfStreamsAndStreamsCarryTheirTargets()
    {
        var result = SimulationEngine.Run(new ScenarioModel(Seed), new SimulationOptions(5000, seed: 2));
        var total = result.Samples("total").Span;
        var r = result.Samples("repurchase").Span;
        var n = result.Samples("newCustomers").Span;
        var p = result.Samples("newProduct").Span;
        for (var t = 0; t < total.Length; t++)
        {
            Assert.Equal(r[t] + n[t] + p[t], total[t], 1e-9 * total[t]);
        }

        Assert.Equal([1800.0, 2200, 1000, 5000], result.Outputs.Select(o => o.Target!.Value));
    }

    [Fact]
    public void Simulate_OneTwoFourThreads_BitIdentical()
    {
        var runs = new[] { 1, 2, 4 }.Select(k => SimulationEngine.Run(new ScenarioModel(Seed), new SimulationOptions(9000, seed: 5, threads: k))).ToArray();
        foreach (var name in new[] { "repurchase", "newCustomers", "newProduct", "total" })
        {
            Assert.True(runs[0].Samples(name).Span.SequenceEqual(runs[1].Samples(name).Span));
            Assert.True(runs[0].Samples(name).Span.SequenceEqual(runs[2].Samples(name).Span));
        }
    }

    [Fact]
    public void Simulate_ChangeOneRenewalProbability_OtherStreamsShareTheirDraws()
    {
        // Common random numbers keyed by variable name: a scenario differing only in tier A's renewal
        // probability must give every trial the same new-customer and new-product revenue.
        var changed = Seed.WithInput(ScalarInput.Fixed("repurchase.tierA.renewalProbability", 0.9));
        var options = new SimulationOptions(9000, seed: 8, threads: 2);
        var a = SimulationEngine.Run(new ScenarioModel(Seed), options);
        var b = SimulationEngine.Run(new ScenarioModel(changed), options);
        Assert.True(a.Samples("newProduct").Span.SequenceEqual(b.Samples("newProduct").Span));
        Assert.True(a.Samples("newCustomers").Span.SequenceEqual(b.Samples("newCustomers").Span));
        Assert.False(a.Samples("repurchase").Span.SequenceEqual(b.Samples("repurchase").Span));

        // Renewals are drawn by inversion from one uniform per trial: a higher probability never
        // lowers a trial's repurchase revenue (tier A's order values are shared too).
        var ra = a.Samples("repurchase").Span;
        var rb = b.Samples("repurchase").Span;
        for (var t = 0; t < ra.Length; t++)
        {
            Assert.True(rb[t] >= ra[t]);
        }
    }

    [Fact]
    public void WithInput_FixedAtQuantile_ChangesOnlyThatInput()
    {
        var p10 = Seed.Input("newCustomers.3c.winRate").FixedAt(0.1);
        var changed = Seed.WithInput(p10);
        Assert.Equal(new Beta(15, 85).InverseCdf(0.1), changed.Input("newCustomers.3c.winRate").Distribution.Mean, 1e-12);
        Assert.Same(Seed.Input("market"), changed.Input("market"));
    }

    [Fact]
    public void WithInput_UnknownName_Throws()
        => Assert.Contains("no input named \"nope\"", Assert.Throws<ArgumentException>(() => Seed.WithInput(ScalarInput.Fixed("nope", 1))).Message, StringComparison.Ordinal);

    [Fact]
    public void ExpectedValue_MultiplierCorrelatedWithStreamInput_NoClosedForm()
    {
        var plc = new ScenarioModel(ScenarioLoader.Load(ScenarioFiles.Plc));
        Assert.Null(plc.ExpectedValue("newCustomers"));
        Assert.NotNull(plc.ExpectedValue("repurchase"));
    }
}
