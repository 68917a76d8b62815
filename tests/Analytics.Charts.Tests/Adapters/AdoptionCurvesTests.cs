using Analytics.Charts.Adapters;
using Analytics.Charts.Inputs;
using Analytics.NewProduct;

namespace Analytics.Charts.Tests.Adapters;

public class AdoptionCurvesTests
{
    // data/fits/bass-example.csv was made from this model: adopters in period i = m (F(i + 1) - F(i)), rounded.
    private static readonly BassDiffusion Example = new(0.03, 0.38, 1000);

    [Fact]
    public void From_Bass_PeriodsFromOneWithTheModelsOwnFigures()
    {
        var curve = AdoptionCurves.From(Example, 12);
        Assert.Equal(Enumerable.Range(1, 12), curve.Periods);
        Assert.Equal([36.0, 49, 65, 83, 98, 108, 110, 103, 89, 72, 55, 41], curve.Adopters.Select(a => Math.Round(a)));
        Assert.Equal(Example.CumulativeAdopters(12), curve.Cumulative[^1], 1e-9);
        Assert.Equal(curve.Adopters.Sum(), curve.Cumulative[^1], 1e-9);
        Assert.Equal(1000, curve.MarketPotential);
        Assert.Equal(AdoptionPeriod.Month, curve.Period);
    }

    [Fact]
    public void From_GeneralizedWithoutShocks_SameAsBass()
    {
        var plain = AdoptionCurves.From(Example, 8, AdoptionPeriod.Quarter);
        var generalized = AdoptionCurves.From(new GeneralizedBass(Example, []), 8, AdoptionPeriod.Quarter);
        Assert.Equal(plain.Adopters, generalized.Adopters);
        Assert.Equal(plain.Cumulative, generalized.Cumulative);
        Assert.Equal(AdoptionPeriod.Quarter, generalized.Period);
    }

    [Fact]
    public void From_GeneralizedWithAShock_MoreAdoptersAfterIt()
    {
        var shocked = AdoptionCurves.From(new GeneralizedBass(Example, [new BassShock(3, 1.0, 0.5)]), 12);
        var plain = AdoptionCurves.From(Example, 12);
        Assert.Equal(plain.Adopters.Take(3), shocked.Adopters.Take(3));
        Assert.True(shocked.Cumulative[5] > plain.Cumulative[5]);
    }

    [Fact]
    public void Observed_Series_RunningSumNoPotential()
    {
        var curve = AdoptionCurves.Observed(new AdoptionSeries([36.0, 49, 65]), AdoptionPeriod.Year);
        Assert.Equal([1, 2, 3], curve.Periods);
        Assert.Equal([36.0, 85, 150], curve.Cumulative);
        Assert.Null(curve.MarketPotential);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void From_PeriodsOutOfRange_Throws(int periods)
        => Assert.Throws<ArgumentOutOfRangeException>(() => AdoptionCurves.From(Example, periods));
}
