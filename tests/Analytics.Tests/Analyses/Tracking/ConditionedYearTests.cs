using Analytics.Analyses.Tracking;
using Analytics.Simulation.Engine;
using Analytics.Statistics;
using MathNet.Numerics;

namespace Analytics.Tests.Analyses.Tracking;

public class ConditionedYearTests
{
    private static readonly Lazy<PriorTrials> Normal = new(() => PriorTrials.Simulate(TrackingTestScenarios.Normal(1100, 1000, 200, 20), new SimulationOptions(40_000, seed: 9, threads: 2)));

    [Fact]
    public void Forecast_NormalYearHalfObserved_MatchesBayesByQuadrature()
    {
        // X ~ N(1000, 200²), the share booked by June W ~ Beta(10, 10) independent of X, Y = X W = 500:
        // P(X >= 1100 | Y) = ∫_{1100} φ(x) f(y/x)/x dx / ∫_{y} φ(x) f(y/x)/x dx, by quadrature.
        const double y = 500;
        double Joint(double x) => MathNet.Numerics.Distributions.Normal.PDF(1000, 200, x) * MathNet.Numerics.Distributions.Beta.PDF(10, 10, y / x) / x;
        var exact = Integrate.OnClosedInterval(Joint, 1100, 2500, 1e-12) / Integrate.OnClosedInterval(Joint, y + 1e-9, 2500, 1e-12);
        var forecast = ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(6, [y])).Forecast(1100);
        Assert.InRange(exact, forecast.Hit.Value - (4 * forecast.Hit.StandardError), forecast.Hit.Value + (4 * forecast.Hit.StandardError));
        Assert.True(forecast.EffectiveSampleSize is > 1000 and < 40_000);
        Assert.Equal(6, forecast.MonthsObserved);
    }

    [Theory]
    [InlineData(1150, 1)]
    [InlineData(1099.99, 0)]
    public void Forecast_WholeYearObserved_TheIndicatorExactly(double booked, double expected)
    {
        var f = ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(12, [booked])).Forecast(1100);
        Assert.Equal(expected, f.Hit.Value);
        Assert.Equal(0, f.Hit.StandardError);
        Assert.Equal(booked, f.Total.P10);
        Assert.Equal(booked, f.Total.P90);
    }

    [Fact]
    public void TryOf_MoreBookedThanAnySimulatedYear_NullWhereOfThrows()
    {
        // X ~ N(1000, 200²): no trial of 40,000 reaches 5,000 (25 standard deviations), so Y = 5,000 by June fits none.
        var impossible = YearEvidence.Revenue(6, [5000]);
        Assert.Null(ConditionedYear.TryOf(Normal.Value, impossible));
        Assert.Throws<ArgumentException>(() => ConditionedYear.Of(Normal.Value, impossible));
        Assert.Equal(ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(6, [500])).Weights, ConditionedYear.TryOf(Normal.Value, YearEvidence.Revenue(6, [500]))!.Weights);
    }

    [Fact]
    public void Forecast_YearToDateAlreadyAtTheTarget_OneExactly()
    {
        // 1,100 booked by September: every trial that keeps weight has X > 1,100.
        var f = ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(9, [1100])).Forecast(1100);
        Assert.Equal(1, f.Hit.Value);
        Assert.Equal(0, f.Hit.StandardError);
        Assert.Equal(0, f.ExpectedShortfall.Value);
        Assert.True(f.Total.P10 > 1100);
    }

    [Fact]
    public void Forecast_NothingObserved_ThePriorItself()
    {
        var prior = Normal.Value;
        var f = ConditionedYear.Of(prior, YearEvidence.Nothing(1)).Forecast(1100);
        Assert.Equal(prior.Count, f.EffectiveSampleSize, 1e-6);
        Assert.Equal(TrialStatistics.Exceedance(prior.Total.Span, 1100).Value, f.Hit.Value, 1e-12);
        Assert.Equal(TrialStatistics.Exceedance(prior.Total.Span, 1100).StandardError, f.Hit.StandardError, 1e-12);
    }

    [Fact]
    public void Fan_HalfYear_BookedThenBandEndingAtTheTotal()
    {
        var year = ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(6, [500]));
        double[] booked = [80, 160, 250, 330, 420, 500];
        var fan = year.Fan(booked, [.. Enumerable.Range(1, 12).Select(m => 1100.0 * m / 12)]);
        var forecast = year.Forecast(1100);
        for (var m = 0; m < 6; m++)
        {
            Assert.Equal(booked[m], fan.P50[m]);
            Assert.Equal(booked[m], fan.P10[m]);
        }

        for (var m = 6; m < 12; m++)
        {
            Assert.True(fan.P10[m] <= fan.P50[m] && fan.P50[m] <= fan.P90[m]);
            Assert.True(fan.P50[m] >= fan.P50[m - 1]);
        }

        // December's cumulative revenue is the year's total.
        Assert.Equal(forecast.Total.P50, fan.P50[11], 1e-6);
        Assert.Equal(forecast.Total.P90, fan.P90[11], 1e-6);
        Assert.Equal(12, fan.Prior.Count);
        Assert.True(fan.Prior[11].P50 is > 950 and < 1050);
        Assert.Throws<ArgumentException>(() => year.Fan([1, 2], [.. Enumerable.Repeat(1.0, 12)]));
    }

    [Fact]
    public void Remaining_IsTheAnnualLessWhatWasBooked()
    {
        var year = ConditionedYear.Of(Normal.Value, YearEvidence.Revenue(6, [500]));
        var remaining = year.Remaining(0);
        for (var t = 0; t < 100; t++)
        {
            Assert.Equal(Math.Max(0, year.Annual(0)[t] - 500), remaining[t]);
        }
    }

    [Fact]
    public void Unexplained_BookedPlusEachTrialsLaterMonths_EqualWeightsWithoutFacts()
    {
        var prior = Normal.Value;
        var year = ConditionedYear.Unexplained(prior, YearEvidence.Revenue(6, [5000]));
        Assert.True(year.OutsideScenario);
        Assert.All(year.Weights, w => Assert.Equal(1, w));
        for (var t = 0; t < 50; t++)
        {
            var later = Enumerable.Range(7, 6).Sum(m => prior.Month(0, m).Span[t]);
            Assert.Equal(5000 + later, year.Annual(0)[t], 1e-9);
            Assert.Equal(later, year.Remaining(0)[t], 1e-9);
        }

        // 5,000 booked is already past the 1,100 target: the chance is 1 exactly.
        Assert.Equal(1, year.Forecast(1100).Hit.Value);
    }
}
