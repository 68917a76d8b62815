using Analytics.Analyses.Tracking;
using Analytics.Simulation.Engine;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class TrackingAnalysisTests
{
    [Fact]
    public void Run_ShippedSample_TheYearAndWhatItSays()
    {
        var r = TrackingFixtures.ShippedYear;
        Assert.Equal("plc-2026", r.Scenario);
        Assert.Equal(6, r.Forecast.MonthsObserved);
        Assert.Equal(7, r.ByMonth.Count);

        // Month 0 is the prior itself, on the same trials.
        Assert.Equal(r.PriorHit.Value, r.ByMonth[0].Hit!.Value, 1e-12);
        Assert.Equal(TrackingFixtures.Trials, r.ByMonth[0].EffectiveSampleSize, 1e-6);
        Assert.Equal(r.Forecast.Hit.Value, r.ByMonth[6].Hit!.Value);

        // Both quarters fired and the year is behind: the chance fell below the prior's.
        Assert.True(r.YearToDate.RuleFired);
        Assert.True(r.Forecast.Hit.Value < r.PriorHit.Value);
        Assert.NotNull(r.Replan);
        Assert.Equal(3, r.Forecast.Streams.Count);
        Assert.Equal(r.Forecast.Total.P50, r.Fan.P50[11], 1e-6);
        Assert.Equal((double)r.YearToDate.CumulativeActual[5], r.Fan.P50[5]);
        Assert.Equal(9, r.Rates.Count);
        Assert.Empty(r.Counts);
        Assert.All(r.Rates, u => Assert.NotNull(u.ConjugateMean));
        Assert.StartsWith("Importance weights from the likelihood of the booked year to date", r.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WholeYearObserved_NoReplanAndTheIndicator()
    {
        var twelve = Enumerable.Repeat(140m, 12).ToArray();
        var actuals = YearRecords.LineTotals(twelve, twelve, twelve);
        var r = TrackingAnalysis.Run(Shipped.Decomposition, actuals, Pipeline.Empty, TrackingFixtures.Match, new SimulationOptions(2000, seed: 1, threads: 2));
        Assert.Equal(1, r.Forecast.Hit.Value);
        Assert.Equal(0, r.Forecast.Hit.StandardError);
        Assert.Null(r.Replan);
        Assert.Empty(r.Warnings);
        Assert.Equal(5040, r.Forecast.Total.P50, 1e-9);

        // January alone, with the new product booking before any simulated year lets it start, fits no year: no estimate for that month.
        Assert.Null(r.ByMonth[1].Hit);
        Assert.Equal(0, r.ByMonth[1].EffectiveSampleSize);
        Assert.Equal(1, r.ByMonth[12].Hit!.Value);
    }

    [Fact]
    public void Run_FewTrialsForAnUnusualYear_WarnsWithTheTrialsThatWouldHelp()
    {
        var r = TrackingAnalysis.Run(Shipped.Decomposition, YearRecords.ShippedActuals, YearRecords.ShippedPipeline, TrackingFixtures.Match, new SimulationOptions(2000, seed: 1, threads: 2));
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("the effective sample size is", warning, StringComparison.Ordinal);
        Assert.Contains("trials (--trials) would bring it to 1,000", warning, StringComparison.Ordinal);
    }
}
