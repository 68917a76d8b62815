using System.Globalization;
using Analytics.Analyses.Tracking;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;
using Xunit.Abstractions;

namespace Analytics.Tests.Analyses.Tracking;

public class TrackingCalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_PlcScenario2000TrueYears_BinnedPredictionsWithinTheirErrorAndBrierBeatsThePrior()
    {
        // 2,000 true years drawn from the shipped scenario with seed 2, their first 3, 6 and 9 months given;
        // predictions from one set of 10,000 prior trials with seed 1 (shared by every year).
        var prior = PriorTrials.Simulate(ScenarioLoader.Load(ScenarioFiles.Plc), new SimulationOptions(10_000, seed: 1, threads: 2));
        var results = TrackingCalibration.Run(prior, 2000, trueSeed: 2, [3, 6, 9], threads: 2);
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"m = {r.MonthsObserved}: Brier {r.Brier:0.0000} (prior {r.PriorBrier:0.0000}), {r.Years} years predicted, {r.Unpredicted} beyond the prior trials, mean effective sample {r.MeanEffectiveSampleSize:0}"));
            foreach (var b in r.Bins)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{b.Lower:0.0}, {b.Upper:0.0}): {b.Years,4} years, predicted {b.MeanPrediction:0.000}, realised {b.Realised:0.000} ± {b.StandardError:0.000} ({b.Deviation:+0.00;-0.00} SE)"));
            }

            Assert.True(r.Brier < r.PriorBrier, $"m = {r.MonthsObserved}: Brier {r.Brier} is not below the prior's {r.PriorBrier}");
            Assert.True(r.Unpredicted <= 10, $"m = {r.MonthsObserved}: {r.Unpredicted} of 2000 years lie beyond the prior trials");
            Assert.Equal(2000, r.Years + r.Unpredicted);

            // Every bin with enough years agrees with its realised frequency within 3 standard errors.
            Assert.All(r.Bins.Where(b => b.Years >= 30), b => Assert.InRange(b.Deviation, -3, 3));
        }

        // The more months observed, the sharper the predictions.
        Assert.True(results[0].Brier > results[1].Brier && results[1].Brier > results[2].Brier);
    }
}
