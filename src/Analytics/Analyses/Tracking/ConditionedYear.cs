using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// A scenario's prior trials weighted by what a year has shown by month k (<see cref="ObservedYearLikelihood"/>):
/// the weighted trials stand for the year given the observations. A trial's annual revenue of a
/// stream is its X (what was booked plus what remains, X − Y), or exactly what was booked once all
/// twelve months are observed. Every estimate is self-normalised over the weights
/// (<see cref="ImportanceWeights"/>); with the year to date at or above the target every trial
/// that keeps weight hits it, so P(hit) is 1 exactly, and with the whole year observed it is the
/// indicator of the booked total, exactly.
/// <para>
/// A year the weights cannot explain (<see cref="OutsideScenario"/>) takes another road: each trial's
/// year is what was booked plus the trial's own months after k, as the scenario draws them whatever
/// was booked (<see cref="Unexplained"/>); only the pipeline facts weight the trials.
/// </para>
/// </summary>
public sealed class ConditionedYear
{
    private readonly double[][] _annual;
    private readonly double[] _total;
    private readonly double[] _weights;

    private ConditionedYear(PriorTrials prior, YearEvidence evidence, double[] weights, bool outsideScenario = false)
    {
        Prior = prior;
        Evidence = evidence;
        OutsideScenario = outsideScenario;
        _weights = weights;
        var n = prior.Count;
        _annual = new double[prior.Streams.Count][];
        _total = new double[n];
        for (var s = 0; s < _annual.Length; s++)
        {
            _annual[s] = evidence.WholeYear ? Enumerable.Repeat(evidence.Booked[s], n).ToArray()
                : outsideScenario ? BookedPlusLaterMonths(prior, s, evidence.MonthsObserved, evidence.Booked[s])
                : prior.Annual[s].ToArray();
            for (var t = 0; t < n; t++)
            {
                _total[t] += _annual[s][t];
            }
        }

        EffectiveSampleSize = ImportanceWeights.EffectiveSampleSize(weights);
    }

    /// <summary>The prior trials.</summary>
    public PriorTrials Prior { get; }

    /// <summary>What was observed.</summary>
    public YearEvidence Evidence { get; }

    /// <summary>
    /// Whether the year is one the scenario's weights could not explain (<see cref="Unexplained"/>): the
    /// trials are weighted by the pipeline facts alone and each trial's year is the booked year to date
    /// plus its own months after k.
    /// </summary>
    public bool OutsideScenario { get; }

    /// <summary>Each trial's weight (the largest is 1).</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>(Σ w)² / Σ w²: how many equally weighted trials the weighted ones are worth.</summary>
    public double EffectiveSampleSize { get; }

    /// <summary>Weights <paramref name="prior"/> by <paramref name="evidence"/>.</summary>
    /// <exception cref="ArgumentException">No trial is consistent with the evidence (see <see cref="ObservedYearLikelihood.Weights"/>).</exception>
    public static ConditionedYear Of(PriorTrials prior, YearEvidence evidence)
        => new(Preconditions.NotNull(prior), Preconditions.NotNull(evidence), ObservedYearLikelihood.Weights(prior, evidence));

    /// <summary>Weights <paramref name="prior"/> by <paramref name="evidence"/>, or null when no trial is consistent with it.</summary>
    public static ConditionedYear? TryOf(PriorTrials prior, YearEvidence evidence)
        => ObservedYearLikelihood.TryWeights(Preconditions.NotNull(prior), Preconditions.NotNull(evidence)) is { } weights ? new(prior, evidence, weights) : null;

    /// <summary>
    /// The approximation for a year the likelihood weights cannot explain (no trial is consistent with the
    /// booked revenue, or too few carry the weight): each trial's year of a stream is what it booked by
    /// month k plus the trial's own revenue in months k+1 to 12, so the rest of the year runs as the
    /// scenario draws it, whatever was booked; the trials are weighted by the pipeline facts alone (the
    /// win and renewal rates and benchmark accounts they observe), or equally when there are none or no
    /// trial is consistent with them. It assumes what held the year back does not persist, so it is
    /// optimistic when it does: the scenario should be revised.
    /// </summary>
    public static ConditionedYear Unexplained(PriorTrials prior, YearEvidence evidence)
    {
        Preconditions.NotNull(prior);
        Preconditions.NotNull(evidence);
        var facts = new YearEvidence(0, new double[prior.Streams.Count], evidence.Rates, evidence.Counts);
        var weights = ObservedYearLikelihood.TryWeights(prior, facts) ?? Enumerable.Repeat(1.0, prior.Count).ToArray();
        return new(prior, evidence, weights, outsideScenario: true);
    }

    /// <summary>Stream <paramref name="stream"/>'s (index) annual revenue in each trial, 萬元.</summary>
    public ReadOnlySpan<double> Annual(int stream) => _annual[stream];

    /// <summary>The year's total in each trial, 萬元.</summary>
    public ReadOnlySpan<double> Total => _total;

    /// <summary>What remains of stream <paramref name="stream"/>'s year after what it booked, in each trial (X − Y; &gt;= 0 in every trial with weight), 萬元.</summary>
    public double[] Remaining(int stream)
    {
        var booked = Evidence.Booked[stream];
        return [.. _annual[stream].Select(x => Math.Max(0, x - booked))];
    }

    /// <summary>The year given what was observed: P(hit) against <paramref name="target"/>, its range, the expected shortfall and each stream against its own target.</summary>
    public YearForecast Forecast(double target)
    {
        Preconditions.Finite(target);
        var w = _weights;
        var shortfall = _total.Select(v => Math.Max(0, target - v)).ToArray();
        var streams = Prior.Scenario.Streams.Select((s, i) => new StreamForecast(
            s.Name,
            s.Target,
            Evidence.Booked[i],
            ImportanceWeights.Exceedance(w, _annual[i], s.Target),
            OutcomeRange.Of(ImportanceWeights.Quantiles(w, _annual[i], OutcomeRange.Probabilities)))).ToArray();
        return new YearForecast(
            Evidence.MonthsObserved,
            target,
            Prior.Count,
            EffectiveSampleSize,
            ImportanceWeights.Exceedance(w, _total, target),
            OutcomeRange.Of(ImportanceWeights.Quantiles(w, _total, OutcomeRange.Probabilities)),
            ImportanceWeights.Mean(w, shortfall),
            streams);
    }

    /// <summary>
    /// Cumulative revenue of all streams at the end of each month, given what was observed: months
    /// up to k are what was booked (the <paramref name="bookedByMonth"/> path); after k each trial adds
    /// what remains of each stream in the proportions of its own monthly draws after k (given the
    /// share booked by k, the Dirichlet's remaining weights, renormalised, are independent of it, so
    /// this is a draw of the rest of the year given the observations). The prior band is the same
    /// trials unweighted: the year as the scenario saw it before it began.
    /// </summary>
    /// <param name="bookedByMonth">The cumulative total booked at the end of each month observed (k values), 萬元.</param>
    /// <param name="targetPath">The plan's cumulative target at the end of each month (12 values), 萬元.</param>
    public MonthlyFan Fan(IReadOnlyList<double> bookedByMonth, IReadOnlyList<double> targetPath)
    {
        Preconditions.NotNull(bookedByMonth);
        Preconditions.NotNull(targetPath);
        var k = Evidence.MonthsObserved;
        if (bookedByMonth.Count != k || targetPath.Count != CalendarMonths.Count)
        {
            throw new ArgumentException($"bookedByMonth must hold the {k} months observed and targetPath 12 months; had {bookedByMonth.Count} and {targetPath.Count}.", nameof(bookedByMonth));
        }

        var n = Prior.Count;
        var kept = Enumerable.Range(0, n).Where(t => _weights[t] > 0).ToArray();
        var w = kept.Select(t => _weights[t]).ToArray();
        var bookedTotal = Evidence.Booked.Sum();

        // Per kept trial and stream: what remains, and the share of it each later month takes.
        var cumulative = new double[kept.Length];
        Array.Fill(cumulative, bookedTotal);
        var remaining = Enumerable.Range(0, Prior.Streams.Count).Select(Remaining).ToArray();
        var after = new double[Prior.Streams.Count][];
        for (var s = 0; s < after.Length; s++)
        {
            after[s] = new double[kept.Length];
            for (var m = k + 1; m <= CalendarMonths.Count; m++)
            {
                var month = Prior.Month(s, m).Span;
                for (var i = 0; i < kept.Length; i++)
                {
                    after[s][i] += month[kept[i]];
                }
            }
        }

        var (p10, p50, p90) = (new double[CalendarMonths.Count], new double[CalendarMonths.Count], new double[CalendarMonths.Count]);
        for (var m = 1; m <= CalendarMonths.Count; m++)
        {
            if (m <= k)
            {
                (p10[m - 1], p50[m - 1], p90[m - 1]) = (bookedByMonth[m - 1], bookedByMonth[m - 1], bookedByMonth[m - 1]);
                continue;
            }

            for (var s = 0; s < after.Length; s++)
            {
                var month = Prior.Month(s, m).Span;
                for (var i = 0; i < kept.Length; i++)
                {
                    var t = kept[i];
                    cumulative[i] += after[s][i] > 0 ? remaining[s][t] * month[t] / after[s][i] : 0;
                }
            }

            var q = ImportanceWeights.Quantiles(w, cumulative, OutcomeRange.Probabilities);
            (p10[m - 1], p50[m - 1], p90[m - 1]) = (q[0], q[1], q[2]);
        }

        return new MonthlyFan(k, [.. bookedByMonth], p10, p50, p90, PriorBand(), [.. targetPath]);
    }

    // What was booked by month k plus the trial's own months after k, per trial.
    private static double[] BookedPlusLaterMonths(PriorTrials prior, int stream, int k, double booked)
    {
        var annual = new double[prior.Count];
        Array.Fill(annual, booked);
        for (var m = k + 1; m <= CalendarMonths.Count; m++)
        {
            var month = prior.Month(stream, m).Span;
            for (var t = 0; t < annual.Length; t++)
            {
                annual[t] += month[t];
            }
        }

        return annual;
    }

    // The prior trials' cumulative total by month, unweighted.
    private OutcomeRange[] PriorBand()
    {
        var n = Prior.Count;
        var cumulative = new double[n];
        var band = new OutcomeRange[CalendarMonths.Count];
        for (var m = 1; m <= CalendarMonths.Count; m++)
        {
            for (var s = 0; s < Prior.Streams.Count; s++)
            {
                var month = Prior.Month(s, m).Span;
                for (var t = 0; t < n; t++)
                {
                    cumulative[t] += month[t];
                }
            }

            band[m - 1] = OutcomeRange.Of(TrialStatistics.Quantiles(cumulative, OutcomeRange.Probabilities));
        }

        return band;
    }
}
