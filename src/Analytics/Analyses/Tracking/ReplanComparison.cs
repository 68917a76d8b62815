using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The re-plan alternatives judged on one set of weighted trials (common random numbers: the same
/// prior trials, the same weights), each against changing nothing:
/// <list type="bullet">
/// <item>Re-phasing moves targets, not revenue: each trial's revenue stays what it is, so P(annual
/// target) equals no change, unless the scenario's <c>response</c> section links effort to targets.
/// Then a line's revenue after the months observed answers its share s of what remains against its
/// plan share s0 as the split analysis's does, × (f + (1 − f)(s / s0)^e) with the trial's elasticity e
/// (<see cref="StreamResponse.Factor"/>); in the plan's proportions s = s0 and nothing changes.</item>
/// <item>The benchmark focus is the scenario's push (its <c>trigger</c> section's boost) for the months
/// after those observed: each trial's extra revenue comes from a run of the pushed scenario on the
/// same draws, the push's extra annual revenue times the share of the year still to book.</item>
/// </list>
/// Each line's chance of its own target for the rest of the year differs between the alternatives
/// even where P(annual) does not.
/// </summary>
public static class ReplanComparison
{
    /// <summary>Compares the alternatives.</summary>
    /// <param name="year">The weighted trials (the observations through month k &lt; 12).</param>
    /// <param name="match">The scenario checked against the plan (streams paired with lines).</param>
    /// <param name="yearToDate">The year so far (each line's booked amount and plan remaining).</param>
    /// <param name="plan">What remains, re-phased in the plan's proportions.</param>
    /// <param name="momentum">What remains, re-phased by momentum.</param>
    /// <param name="threads">Threads for the pushed scenario's run (default: the processor count); never changes the answer.</param>
    public static Replan Run(ConditionedYear year, ScenarioPlanMatch match, YearToDate yearToDate, RephasedPlan plan, RephasedPlan momentum, int? threads = null)
    {
        Preconditions.NotNull(year);
        Preconditions.NotNull(match);
        Preconditions.NotNull(yearToDate);
        Preconditions.NotNull(plan);
        Preconditions.NotNull(momentum);
        var prior = year.Prior;
        var scenario = prior.Scenario;
        var k = year.Evidence.MonthsObserved;
        if (k >= CalendarMonths.Count)
        {
            throw new ArgumentException("the whole year is observed: nothing remains to re-plan.", nameof(year));
        }

        var w = year.Weights.ToArray();
        var streams = prior.Streams;
        var lines = streams.Select(s => match.Streams.First(p => p.Stream == s).Line.Id).ToArray();
        var booked = year.Evidence.Booked;
        var remaining = Enumerable.Range(0, streams.Count).Select(year.Remaining).ToArray();
        var target = scenario.Target;
        var baseTotal = year.Total.ToArray();
        var notes = new List<string>
        {
            "Re-phasing moves targets, not revenue: unless the scenario's response section links effort to targets, each simulated year's revenue is the same under both re-phasings as under no change, so is P(annual target); each line's chance of its own new target differs.",
        };

        ReplanAlternative Alternative(string id, string description, double[] total, double[][] rest, Func<int, decimal> lineTarget)
        {
            var chances = Enumerable.Range(0, streams.Count).Select(s =>
            {
                var t = lineTarget(s);
                return new LineTargetChance(lines[s], streams[s], t, ImportanceWeights.Exceedance(w, rest[s], (double)t));
            }).ToArray();
            return new ReplanAlternative(id, description, ImportanceWeights.Exceedance(w, total, target), id == ReplanAlternative.NoChange ? null : ImportanceWeights.Paired(w, total, baseTotal, target), chances);
        }

        decimal PlanRemaining(int s) => yearToDate.Line(lines[s]).Remaining ?? 0;
        var alternatives = new List<ReplanAlternative>
        {
            Alternative(ReplanAlternative.NoChange, "Keep the plan's targets; nothing changes in the field.", baseTotal, remaining, PlanRemaining),
        };

        var responded = scenario.Analysis.Response.Count > 0;
        if (responded)
        {
            notes.Add("The scenario's response section links effort to targets: after the months observed, a line's revenue answers its share s of what remains against its plan share s0 as the split analysis's does, × (f + (1 − f)(s/s0)^e); in the plan's proportions s = s0 and nothing changes.");
        }

        foreach (var (rephased, id, words) in new[] { (plan, ReplanAlternative.RephasePlan, "in the plan's proportions"), (momentum, ReplanAlternative.RephaseMomentum, "by momentum (each unit's share scaled by its year-to-date completion)") })
        {
            var rest = Responded(scenario, prior, remaining, rephased, lines, responded);
            // No change's total plus what the response changes after month k: where nothing changes, the same doubles exactly.
            var total = Enumerable.Range(0, prior.Count).Select(t => baseTotal[t] + Enumerable.Range(0, rest.Length).Sum(s => rest[s][t] - remaining[s][t])).ToArray();
            alternatives.Add(Alternative(id, $"Re-phase what remains ({Formats.Amount(rephased.Remaining)} 萬元) {words} down to people; {(responded ? "effort follows the new targets (response section)" : "revenue unchanged")}.", total, rest, s => rephased.Line(lines[s]).Remaining));
        }

        if (scenario.Analysis.Trigger?.Boost is { } boost)
        {
            var pushed = SimulationEngine.Run(new MonthlyPathModel(boost.Apply(scenario)), new SimulationOptions(prior.Count, prior.Manifest.Seed, threads));
            var rest = new double[streams.Count][];
            var total = (double[])baseTotal.Clone();
            for (var s = 0; s < streams.Count; s++)
            {
                var x = prior.Annual[s].Span;
                var pushedAnnual = pushed.Samples(streams[s]).Span;
                rest[s] = new double[prior.Count];
                var later = new double[prior.Count];
                for (var m = k + 1; m <= CalendarMonths.Count; m++)
                {
                    var month = pushed.Samples(MonthlyPathModel.MonthOutput(streams[s], m)).Span;
                    for (var t = 0; t < later.Length; t++)
                    {
                        later[t] += month[t];
                    }
                }

                for (var t = 0; t < prior.Count; t++)
                {
                    // The push's extra revenue books like the rest of the trial's year: the share still to book is 1 − Y/X.
                    var extra = x[t] > 0 ? (pushedAnnual[t] - x[t]) * Math.Max(0, 1 - (booked[s] / x[t])) : later[t];
                    rest[s][t] = remaining[s][t] + extra;
                    total[t] += extra;
                }
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The benchmark focus is the scenario's push ({boost.Input} raised by {boost.Shift:0.##}, capped at 1) from month {k + 1} on, on the same draws; it acts on the whole cascade, so in a few years it may win an account already lost, which flatters it slightly."));
            alternatives.Add(Alternative(ReplanAlternative.BenchmarkFocus, $"Concentrate on the benchmark accounts from month {k + 1}: the scenario's trigger policy ({boost.Input} + {Formats.PercentUpTo(boost.Shift)}); targets as planned.", total, rest, PlanRemaining));
        }
        else
        {
            notes.Add("The scenario states no push (its trigger section has no boost), so the benchmark focus is not compared.");
        }

        return new Replan(k + 1, plan, momentum, alternatives, notes);
    }

    // Each stream's revenue after month k under a re-phasing: unchanged, or answering its share of what remains.
    private static double[][] Responded(Scenario scenario, PriorTrials prior, double[][] remaining, RephasedPlan rephased, string[] lines, bool responded)
    {
        if (!responded || rephased.Remaining == 0)
        {
            return remaining;
        }

        var targets = scenario.Streams.Sum(s => s.Target);
        var rest = new double[remaining.Length][];
        for (var s = 0; s < remaining.Length; s++)
        {
            var response = scenario.Analysis.ResponseOf(prior.Streams[s]);
            var elasticity = prior.Elasticities[s];
            if (response is null || elasticity is null)
            {
                rest[s] = remaining[s];
                continue;
            }

            var share = rephased.LineShares[rephased.Lines.Select(l => l.Id).ToList().IndexOf(lines[s])];
            var logRatio = StreamResponse.LogShareRatio(share, scenario.Streams[s].Target / targets);
            var e = elasticity.Value.Span;
            rest[s] = new double[prior.Count];
            for (var t = 0; t < prior.Count; t++)
            {
                rest[s][t] = remaining[s][t] * StreamResponse.Factor(response.Floor, e[t], logRatio);
            }
        }

        return rest;
    }
}
