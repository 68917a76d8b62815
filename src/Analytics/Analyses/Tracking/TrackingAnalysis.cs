using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Statistics;
using Analytics.Tracking;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The plan through the year: a year's actuals (and pipeline facts) against the plan and what they
/// say about the rest of it. The scenario's prior trials (<see cref="PriorTrials"/>) are weighted by
/// the likelihood of what was observed (<see cref="ObservedYearLikelihood"/>), which gives P(annual
/// target | observed) with its error, the year's range, each line's chance, and, when the plan's
/// quarterly rule fired on a complete quarter, the re-plan alternatives on the same weighted trials.
/// </summary>
public static class TrackingAnalysis
{
    /// <summary>Below this effective sample size the result warns that the weights rest on few trials.</summary>
    public const double SmallEffectiveSampleSize = 1000;

    /// <summary>How P(hit | observed) is estimated, as the command and the report state it.</summary>
    public const string Method =
        "Importance weights from the likelihood of the booked year to date under the scenario's timing model: each simulated year of the scenario is weighted by how likely it makes each line's revenue booked so far (the share of the year booked by month k is Beta(κ·plan share to k, κ·plan share after k), by the Dirichlet timing's aggregation property) and the pipeline facts (outcomes at the year's win and renewal rates, benchmark accounts decided); the weighted years are draws of the year given what was observed (self-normalised importance sampling; standard error by the delta method).";

    /// <summary>Simulates the scenario's prior trials and runs the analysis on them.</summary>
    /// <param name="decomposition">The plan, decomposed.</param>
    /// <param name="actuals">The year's actuals, checked against the same plan.</param>
    /// <param name="pipeline">The year's pipeline facts (<see cref="Pipeline.Empty"/> for none).</param>
    /// <param name="match">The scenario, checked against the plan.</param>
    /// <param name="options">Trials, seed, threads of the prior trials (and of the pushed scenario's run).</param>
    /// <exception cref="InputException">A pipeline fact names nothing the scenario models, or comes after the last month of actuals.</exception>
    /// <exception cref="ArgumentException">The scenario has no timing uncertainty for a stream, or no simulated year is consistent with what was observed.</exception>
    public static TrackingResult Run(PlanDecomposition decomposition, Actuals actuals, Pipeline pipeline, ScenarioPlanMatch match, SimulationOptions options)
    {
        Preconditions.NotNull(match);
        Preconditions.NotNull(options);
        var binding = PipelineBinding.Bind(match, Preconditions.NotNull(pipeline), Preconditions.NotNull(actuals).MonthsObserved);
        return Run(decomposition, actuals, binding, match, PriorTrials.Simulate(match.Scenario, options), options.Threads);
    }

    /// <summary>Runs the analysis on prior trials already drawn from <paramref name="match"/>'s scenario.</summary>
    public static TrackingResult Run(PlanDecomposition decomposition, Actuals actuals, PipelineBinding pipeline, ScenarioPlanMatch match, PriorTrials prior, int? threads = null)
    {
        Preconditions.NotNull(decomposition);
        Preconditions.NotNull(actuals);
        Preconditions.NotNull(pipeline);
        Preconditions.NotNull(match);
        Preconditions.NotNull(prior);
        if (!ReferenceEquals(prior.Scenario, match.Scenario))
        {
            throw new ArgumentException("prior must be drawn from the matched scenario.", nameof(prior));
        }

        var ytd = YearToDateComparison.Of(decomposition, actuals);
        var lines = prior.Streams.Select(s => match.Streams.First(p => p.Stream == s).Line.Id).ToArray();
        YearEvidence Through(int k) => pipeline.Evidence(k, [.. lines.Select(l => (double)actuals.BookedThrough(l, k))]);

        var m = actuals.MonthsObserved;
        var target = prior.Scenario.Target;
        var year = ConditionedYear.Of(prior, Through(m));
        var forecast = year.Forecast(target);
        var byMonth = new List<MonthlyHit>();
        for (var k = 0; k <= m; k++)
        {
            var at = k == m ? year : ConditionedYear.TryOf(prior, Through(k));
            byMonth.Add(at is null ? new MonthlyHit(k, null, 0) : new MonthlyHit(k, ImportanceWeights.Exceedance(at.Weights.ToArray(), at.Total, target), at.EffectiveSampleSize));
        }

        var fan = year.Fan([.. ytd.CumulativeActual.Select(v => (double)v)], [.. ytd.CumulativeTarget.Select(v => (double)v)]);
        var replan = ytd.RuleFired && m < CalendarMonths.Count
            ? ReplanComparison.Run(year, match, ytd, Rephasing.Of(decomposition, ytd, RephaseMethod.PlanProportions), Rephasing.Of(decomposition, ytd, RephaseMethod.Momentum), threads)
            : null;
        return new TrackingResult(
            prior.Scenario.Name,
            prior.Manifest,
            ytd,
            forecast,
            TrialStatistics.Exceedance(prior.Total.Span, target),
            byMonth,
            fan,
            Rates(year),
            Counts(year),
            replan,
            Method,
            Warnings(year));
    }

    private static RateUpdate[] Rates(ConditionedYear year)
    {
        var w = year.Weights.ToArray();
        return [.. year.Evidence.Rates.Select(r =>
        {
            var p = year.Prior.Rate(r.Input).Span;
            var conjugate = year.Prior.Scenario.Input(r.Input).Distribution is Beta b ? b.Posterior(r.Successes, r.Trials).Mean : (double?)null;
            return new RateUpdate(r.Input, r.Successes, r.Trials, TrialStatistics.Mean(p).Value, ImportanceWeights.Mean(w, p), conjugate);
        })];
    }

    private static CountUpdate[] Counts(ConditionedYear year)
    {
        var w = year.Weights.ToArray();
        return [.. year.Evidence.Counts.Select(c =>
        {
            var k = year.Prior.Counts.First(x => x.Component == c.Component).Values.Span;
            return new CountUpdate(c.Component, c.Chances, c.Won, c.Lost, TrialStatistics.Mean(k).Value, ImportanceWeights.Mean(w, k));
        })];
    }

    private static List<string> Warnings(ConditionedYear year)
    {
        var warnings = new List<string>();
        var ess = year.EffectiveSampleSize;
        if (ess < SmallEffectiveSampleSize && !year.Evidence.WholeYear)
        {
            var needed = (long)Math.Ceiling(year.Prior.Count * SmallEffectiveSampleSize / Math.Max(ess, 1));
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The weights rest on few trials: the effective sample size is {ess:#,0} of {year.Prior.Count:#,0} (what was observed is unusual under the scenario). The standard errors account for it; about {Math.Min(needed, SimulationOptions.MaxTrials):#,0} trials (--trials) would bring it to {SmallEffectiveSampleSize:#,0}."));
        }

        return warnings;
    }
}
