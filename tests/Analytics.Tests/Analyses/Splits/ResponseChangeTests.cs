using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Analyses.Splits;

public class ResponseChangeTests
{
    private static readonly Lazy<Scenario> Plc = new(() => ScenarioLoader.Load(ScenarioFiles.Plc));

    [Fact]
    public void Apply_FloorChange_OnlyThatStreamsFloorMoves()
    {
        var changed = new ResponseChange("repurchase", ResponseKnob.Floor, -0.2).Apply(Plc.Value);
        Assert.Equal(0.3, changed.Analysis.ResponseOf("repurchase")!.Floor, 12);
        Assert.Equal(0.3, changed.Analysis.ResponseOf("newCustomers")!.Floor);
        Assert.Same(Plc.Value.Analysis.ResponseOf("repurchase")!.Elasticity, changed.Analysis.ResponseOf("repurchase")!.Elasticity);
        Assert.Equal(Plc.Value.Streams, changed.Streams);
        Assert.Equal(0.5, Plc.Value.Analysis.ResponseOf("repurchase")!.Floor); // the original is untouched
    }

    [Fact]
    public void Apply_ElasticityChange_OddsMultipliedAtEveryQuantile()
    {
        var change = new ResponseChange("newProduct", ResponseKnob.Elasticity, Math.Log(2));
        var before = Plc.Value.Analysis.ResponseOf("newProduct")!.Elasticity.Distribution;
        var after = change.Apply(Plc.Value).Analysis.ResponseOf("newProduct")!.Elasticity.Distribution;
        var transformed = Assert.IsType<TransformedDistribution>(after);
        Assert.Equal(Transform.LogOddsShift, transformed.Kind);
        foreach (var p in new[] { 0.1, 0.5, 0.9 })
        {
            var q = before.InverseCdf(p);
            // Odds doubled: q/(1 − q) × 2.
            Assert.Equal(2 * q / (1 - q), after.InverseCdf(p) / (1 - after.InverseCdf(p)), 1e-9);
        }

        Assert.True(after.Mean > before.Mean);
    }

    [Theory]
    [InlineData(0.5, 0.2, 0.7)]
    [InlineData(0.1, -0.2, 0.0)]
    [InlineData(0.9, 0.2, 1.0)]
    public void FloorAfter_ShiftClampedIntoZeroOne(double floor, double shift, double expected)
        => Assert.Equal(expected, new ResponseChange("s", ResponseKnob.Floor, shift).FloorAfter(floor), 12);

    [Fact]
    public void ElasticityAfter_ZeroAndOneStay_HalfMovesToTwoThirds()
    {
        var change = new ResponseChange("s", ResponseKnob.Elasticity, Math.Log(2));
        Assert.Equal(0, change.ElasticityAfter(0));
        Assert.Equal(1, change.ElasticityAfter(1));
        Assert.Equal(2.0 / 3, change.ElasticityAfter(0.5), 12);
        Assert.Equal(0.5, new ResponseChange("s", ResponseKnob.Floor, 0.1).ElasticityAfter(0.5)); // a floor change leaves e alone
    }

    [Fact]
    public void OneAtATime_Plc_FourChangesPerStream()
    {
        var changes = ResponseChange.OneAtATime(Plc.Value);
        Assert.Equal(12, changes.Count);
        Assert.Equal(["repurchase floor −0.2", "repurchase floor +0.2", "repurchase elasticity odds × 0.5", "repurchase elasticity odds × 2"], changes.Take(4).Select(c => c.ToString()));
    }

    [Fact]
    public void OneAtATime_FloorAtZero_NoDownwardFloorChange()
    {
        var scenario = Plc.Value with
        {
            Analysis = Plc.Value.Analysis with { Response = Plc.Value.Analysis.Response.Select(r => r with { Floor = 0 }).ToArray() },
        };
        Assert.Equal(9, ResponseChange.OneAtATime(scenario).Count);
    }

    [Fact]
    public void OneAtATime_ScenarioWithoutResponse_ThrowsNamingTheSection()
    {
        var e = Assert.Throws<ArgumentException>(() => ResponseChange.OneAtATime(ScenarioLoader.Load(ScenarioFiles.Seed)));
        Assert.Contains("\"response\" section", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_StreamWithoutResponse_ThrowsListingTheStreams()
    {
        var e = Assert.Throws<ArgumentException>(() => new ResponseChange("nope", ResponseKnob.Floor, 0.1).Apply(Plc.Value));
        Assert.Contains("repurchase, newCustomers, newProduct", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResponseKnob.Floor, 1.5)]
    [InlineData(ResponseKnob.Floor, double.NaN)]
    [InlineData(ResponseKnob.Elasticity, double.PositiveInfinity)]
    [InlineData((ResponseKnob)7, 0.1)]
    public void Constructor_BadShiftOrKnob_Throws(ResponseKnob knob, double shift)
        => Assert.ThrowsAny<ArgumentException>(() => new ResponseChange("s", knob, shift));

    [Fact]
    public void Constructor_BlankStream_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new ResponseChange(" ", ResponseKnob.Floor, 0.1));
}
