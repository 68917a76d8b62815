using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.Budget;

/// <summary>
/// What each line of the marketing budget buys, in revenue per 萬元: one simulation with every
/// component's revenue kept (<see cref="ScenarioComponentsModel"/>), each line's attributed revenue
/// per trial (Σ share × source revenue, the scenario's <c>budget</c> section), divided by the line.
/// </summary>
public static class BudgetAnalysis
{
    /// <summary>The cost of <see cref="Run"/>: one run keeping each component, each stream and the total per trial (and a sorted copy of each while they are summarised).</summary>
    public static WorkEstimate Estimate(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var columns = scenario.Streams.Sum(s => s.Components.Count) + scenario.Streams.Count + 1;
        return new WorkEstimate("budget", options.Trials, options.Trials, 2.0 * columns * WorkEstimate.DoubleBytes * options.Trials);
    }

    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">The scenario has no budget section.</exception>
    public static BudgetResult Run(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var lines = scenario.Analysis.Budget;
        if (lines.Count == 0)
        {
            throw new ArgumentException($"the scenario \"{scenario.Name}\" has no \"budget\" section: nothing says what the budget buys (see data/scenarios/README.md).", nameof(scenario));
        }

        Estimate(scenario, options).Check(scenario);
        var run = SimulationEngine.Run(new ScenarioComponentsModel(scenario), options);
        var n = options.Trials;
        var results = lines.Select(line =>
        {
            if (!line.IsAttributable)
            {
                return new BudgetLineResult(line.Id, line.Amount, line.Buys, line.Note, null, null, null, null, null, null);
            }

            var revenue = new double[n];
            foreach (var buy in line.Buys)
            {
                var source = run.Samples(buy.Source).Span;
                for (var t = 0; t < n; t++)
                {
                    revenue[t] += buy.Share * source[t];
                }
            }

            // Per 萬元 is revenue scaled by 1/amount: its mean, error and quantiles scale alike.
            var mean = TrialStatistics.Mean(revenue);
            var q = TrialStatistics.Quantiles(revenue, [0.10, 0.90]);
            var perUnit = new Estimate(mean.Value / line.Amount, mean.StandardError / line.Amount);
            return new BudgetLineResult(line.Id, line.Amount, line.Buys, line.Note, mean, q[0], q[1], perUnit, q[0] / line.Amount, q[1] / line.Amount);
        }).ToArray();
        string[] notes =
        [
            "Attributed revenue is sourcing, not causation: what came through the line's leads, partners or referrals, not what the money added; without the spend some of it would come anyway.",
            "Lines can overlap (a fair lead handed to a channel partner counts for both): do not add them up.",
            "Lines without attributions (e.g. training, a reserve) buy nothing the scenario can trace to revenue.",
        ];
        return new BudgetResult(lines.Sum(l => l.Amount), results, notes, run.Manifest);
    }
}
