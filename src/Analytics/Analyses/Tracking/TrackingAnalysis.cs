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

    /// <summary>
    /// The effective sample size under which the weights are not trusted, at least: a year whose weights
    /// leave fewer equally weighted trials than this, or than <see cref="OutsideShare"/> of the trials,
    /// is treated as outside the scenario (<see cref="Condition"/>).
    /// </summary>
    public const double OutsideEffectiveSampleSize = 20;

    /// <summary>
    /// The share of the trials under which the weights' effective sample size marks the year as outside
    /// the scenario: 0.1%. The share (not a count) makes it a property of the year against the scenario,
    /// not of the number of trials: the shipped sample year keeps about 8% of its trials, a year booking
    /// a tenth of its plan well under 0.1%.
    /// </summary>
    public const double OutsideShare = 0.001;

    /// <summary>How P(hit | observed) is estimated when the year is outside the scenario (<see cref="Condition"/>), as the command and the report state it.</summary>
    public const string OutsideMethod =
        "Outside the scenario: the year to date plus the rest of the year as the scenario draws it. The booked year is one the scenario's weights cannot explain (no simulated year is consistent with it, or the likelihood weights leave an effective sample size under max(20, 0.1% of the trials)), so each simulated year's total is what was booked by month k plus that year's own revenue in the months after k; only the pipeline facts weight the years (win and renewal rates, benchmark accounts), equally when there are none. It assumes the rest of the year runs as the scenario expects: if what held the year back persists, it overstates the chance.";

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
        var year = Condition(prior, Through(m));
        var forecast = year.Forecast(target);
        var byMonth = new List<MonthlyHit>();
        for (var k = 0; k <= m; k++)
        {
            var at = k == m ? year : Condition(prior, Through(k));
            byMonth.Add(new MonthlyHit(k, ImportanceWeights.Exceedance(at.Weights.ToArray(), at.Total, target), at.EffectiveSampleSize) { OutsideScenario = at.OutsideScenario });
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
            year.OutsideScenario ? OutsideMethod : Method,
            Warnings(year, Through(m)))
        {
            OutsideScenario = year.OutsideScenario,
        };
    }

    /// <summary>
    /// <paramref name="prior"/> given <paramref name="evidence"/>: weighted by the likelihood of what was
    /// observed (<see cref="ConditionedYear.TryOf"/>), unless no trial is consistent with it or the weights
    /// leave an effective sample size under <see cref="OutsideEffectiveSampleSize"/> or under
    /// <see cref="OutsideShare"/> of the trials; then the year is outside the scenario and the
    /// approximation of <see cref="ConditionedYear.Unexplained"/> stands in (<see cref="OutsideMethod"/>).
    /// The command, the report and the month-by-month history all go through here.
    /// </summary>
    public static ConditionedYear Condition(PriorTrials prior, YearEvidence evidence)
    {
        Preconditions.NotNull(prior);
        Preconditions.NotNull(evidence);
        var weighted = ConditionedYear.TryOf(prior, evidence);
        return weighted is not null && !TooFew(weighted.EffectiveSampleSize, prior.Count) ? weighted : ConditionedYear.Unexplained(prior, evidence);
    }

    // Whether an effective sample size is too small to trust the weights (see OutsideEffectiveSampleSize and OutsideShare).
    private static bool TooFew(double effectiveSampleSize, int trials) => effectiveSampleSize < Math.Max(OutsideEffectiveSampleSize, OutsideShare * trials);

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

    private static List<string> Warnings(ConditionedYear year, YearEvidence evidence)
    {
        var warnings = new List<string>();
        if (year.OutsideScenario)
        {
            var n = year.Prior.Count;
            var why = ConditionedYear.TryOf(year.Prior, evidence) is { } weighted
                ? string.Create(CultureInfo.InvariantCulture, $"the likelihood weights leave an effective sample size of {weighted.EffectiveSampleSize:#,0.#} of {n:#,0} simulated years, under the threshold of {Math.Max(OutsideEffectiveSampleSize, OutsideShare * n):#,0.#} (the larger of {OutsideEffectiveSampleSize:0} and {OutsideShare:0.0%} of the trials)")
                : ObservedYearLikelihood.Impossible(year.Prior, evidence).TrimEnd('.');
            warnings.Add($"The actuals lie outside what the scenario \"{year.Prior.Scenario.Name}\" expected: {why}. The figures are an approximation: the year to date plus the rest of the year as the scenario draws it, which assumes what held the year back does not persist. Revise the scenario for this year (its market, rates and timing), then track again.");
            return warnings;
        }

        var ess = year.EffectiveSampleSize;
        if (ess < SmallEffectiveSampleSize && !year.Evidence.WholeYear)
        {
            var needed = (long)Math.Ceiling(year.Prior.Count * SmallEffectiveSampleSize / Math.Max(ess, 1));
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The weights rest on few trials: the effective sample size is {ess:#,0} of {year.Prior.Count:#,0} (what was observed is unusual under the scenario). The standard errors account for it; about {Math.Min(needed, SimulationOptions.MaxTrials):#,0} trials (--trials) would bring it to {SmallEffectiveSampleSize:#,0}."));
        }

        return warnings;
    }
}
