using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Checks that P(annual target | the first m months) is calibrated: true years are drawn from the
/// scenario's monthly path model with their own seed, each one's first m months (revenue per stream)
/// are given as the observations, and the prediction from one shared set of prior trials is compared
/// with whether the true year hit the target: binned predictions against realised frequencies (a
/// reliability table) and the Brier score against the prior's. Pure: the same trials and seeds give
/// the same tables whatever the thread count.
/// </summary>
public static class TrackingCalibration
{
    /// <summary>Width of the reliability table's bins.</summary>
    public const double BinWidth = 0.1;

    /// <summary>Predicts <paramref name="trueYears"/> years for each of <paramref name="months"/>.</summary>
    /// <param name="prior">The prior trials predictions are made from.</param>
    /// <param name="trueYears">How many true years to draw (&gt;= 1).</param>
    /// <param name="trueSeed">Their seed (another than the prior's, so the years are not the prior's own trials).</param>
    /// <param name="months">The m to check, each 1-11.</param>
    /// <param name="threads">Threads (default: the processor count); never changes the answer.</param>
    public static IReadOnlyList<CalibrationResult> Run(PriorTrials prior, int trueYears, ulong trueSeed, IReadOnlyList<int> months, int? threads = null)
    {
        Preconditions.NotNull(prior);
        Preconditions.NotNull(months);
        var workers = SimulationOptions.ResolveThreads(threads);
        var scenario = prior.Scenario;
        var truth = SimulationEngine.Run(new MonthlyPathModel(scenario), new SimulationOptions(Preconditions.InRange(trueYears, 1, SimulationOptions.MaxTrials), trueSeed, workers));
        var target = scenario.Target;
        var hit = truth.Samples(Scenario.TotalOutput).ToArray().Select(v => v >= target ? 1.0 : 0.0).ToArray();
        var priorHit = TrialStatistics.Exceedance(prior.Total.Span, target).Value;
        var results = new List<CalibrationResult>();
        foreach (var m in months)
        {
            Preconditions.InRange(m, 1, CalendarMonths.Count - 1, nameof(months));
            var booked = prior.Streams.Select(s => Enumerable.Range(1, m).Select(k => truth.Samples(MonthlyPathModel.MonthOutput(s, k))).ToArray()).ToArray();
            var predictions = new double[trueYears];
            var errors = new double[trueYears];
            var sizes = new double[trueYears];
            Parallel.For(0, trueYears, new ParallelOptions { MaxDegreeOfParallelism = workers }, t =>
            {
                var observed = booked.Select(streamMonths => streamMonths.Sum(month => month.Span[t])).ToArray();
                if (ObservedYearLikelihood.TryWeights(prior, YearEvidence.Revenue(m, observed)) is not { } weights)
                {
                    predictions[t] = double.NaN; // beyond every prior trial: counted, not predicted
                    return;
                }

                var p = ImportanceWeights.Exceedance(weights, prior.Total.Span, target);
                (predictions[t], errors[t], sizes[t]) = (p.Value, p.StandardError, ImportanceWeights.EffectiveSampleSize(weights));
            });

            var predicted = Enumerable.Range(0, trueYears).Where(t => !double.IsNaN(predictions[t])).ToArray();
            var brier = predicted.Average(t => (predictions[t] - hit[t]) * (predictions[t] - hit[t]));
            var priorBrier = predicted.Average(t => (priorHit - hit[t]) * (priorHit - hit[t]));
            results.Add(new CalibrationResult(m, predicted.Length, trueYears - predicted.Length, brier, priorBrier, predicted.Average(t => sizes[t]), Bins([.. predicted.Select(t => predictions[t])], [.. predicted.Select(t => errors[t])], [.. predicted.Select(t => hit[t])])));
        }

        return results;
    }

    private static List<CalibrationBin> Bins(double[] predictions, double[] errors, double[] hit)
    {
        var count = (int)Math.Round(1 / BinWidth);
        var bins = new List<CalibrationBin>();
        for (var b = 0; b < count; b++)
        {
            var members = Enumerable.Range(0, predictions.Length).Where(t => Math.Min((int)(predictions[t] / BinWidth), count - 1) == b).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var n = members.Length;
            var spread = Math.Sqrt(members.Sum(t => predictions[t] * (1 - predictions[t]))) / n;
            var shared = members.Average(t => errors[t]);
            bins.Add(new CalibrationBin(b * BinWidth, (b + 1) * BinWidth, n, members.Average(t => predictions[t]), members.Average(t => hit[t]), Math.Sqrt((spread * spread) + (shared * shared))));
        }

        return bins;
    }
}
