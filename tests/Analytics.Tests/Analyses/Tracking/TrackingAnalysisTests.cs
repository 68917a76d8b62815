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

        // January alone, with the new product booking before any simulated year lets it start, fits no year:
        // that month takes the approximation outside the scenario (equal weights: no pipeline facts).
        Assert.True(r.ByMonth[1].OutsideScenario);
        Assert.NotNull(r.ByMonth[1].Hit);
        Assert.Equal(2000, r.ByMonth[1].EffectiveSampleSize, 1e-9);
        Assert.False(r.ByMonth[12].OutsideScenario);
        Assert.False(r.OutsideScenario);
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

    [Fact]
    public void Run_YearFarBelowThePlan_OutsideTheScenarioWithItsMethodAndWarning()
    {
        // 1 萬元 a month per line for six months against 2,100 due: the weights leave a handful of the 2,000 trials.
        var six = Enumerable.Repeat(1m, 6).ToArray();
        var r = TrackingAnalysis.Run(Shipped.Decomposition, YearRecords.LineTotals(six, six, six), Pipeline.Empty, TrackingFixtures.Match, new SimulationOptions(2000, seed: 1, threads: 2));
        Assert.True(ConditionedYear.TryOf(PriorTrials.Simulate(TrackingFixtures.Match.Scenario, new SimulationOptions(2000, seed: 1, threads: 2)), YearEvidence.Revenue(6, [6, 6, 6]))!.EffectiveSampleSize < TrackingAnalysis.OutsideEffectiveSampleSize);
        Assert.True(r.OutsideScenario);
        Assert.Equal(TrackingAnalysis.OutsideMethod, r.Method);
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("outside what the scenario \"plc-2026\" expected", warning, StringComparison.Ordinal);
        Assert.Contains("Revise the scenario", warning, StringComparison.Ordinal);

        // Equal weights (no pipeline facts): every trial is the 18 booked plus its own July to December.
        Assert.Equal(2000, r.Forecast.EffectiveSampleSize, 1e-9);
        Assert.InRange(r.Forecast.Hit.Value, 0, r.PriorHit.Value);
        Assert.True(r.Forecast.Total.P10 > 18);
        Assert.Equal(18, r.Fan.P50[5], 1e-9);
    }

    [Fact]
    public void Condition_DegenerateYearNothingBooked_TheBetaProbabilityByHand()
    {
        // X = 1,000 in every trial (sd 1e-9), spread over an even year with κ = 20 from January: the share booked by
        // June is W ~ Beta(10, 10) and a booked 0 is impossible (every trial books some of X by then). Outside the
        // scenario the year is 0 + X (1 − W), so P(year >= 400) = P(W <= 0.6) = I_0.6(10, 10) = 0.81390...
        var prior = PriorTrials.Simulate(TrackingTestScenarios.Normal(400, 1000, 1e-9, 20), new SimulationOptions(40_000, seed: 9, threads: 2));
        var evidence = YearEvidence.Revenue(6, [0]);
        Assert.Null(ConditionedYear.TryOf(prior, evidence));
        var year = TrackingAnalysis.Condition(prior, evidence);
        Assert.True(year.OutsideScenario);
        var f = year.Forecast(400);
        var exact = MathNet.Numerics.SpecialFunctions.BetaRegularized(10, 10, 0.6);
        Assert.Equal(0.8139, exact, 4);
        Assert.InRange(exact, f.Hit.Value - (4 * f.Hit.StandardError), f.Hit.Value + (4 * f.Hit.StandardError));
        Assert.Equal(40_000, f.EffectiveSampleSize, 1e-9);

        // A year the weights explain keeps them.
        Assert.False(TrackingAnalysis.Condition(prior, YearEvidence.Revenue(6, [500])).OutsideScenario);
    }
}
