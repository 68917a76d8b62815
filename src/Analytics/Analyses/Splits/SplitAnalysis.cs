using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.Splits;

/// <summary>
/// Which split of the target over the streams is likeliest to succeed, on common random numbers:
/// one simulation of the scenario, then every split of the grid as a re-weighting of its draws
/// (<see cref="SplitSamples"/>), judged all at once (<see cref="GridEvaluation"/>).
/// </summary>
public static class SplitAnalysis
{
    /// <summary>Simulates <paramref name="scenario"/> and judges every split of the grid.</summary>
    /// <param name="scenario">The scenario; its <c>response</c> and <c>margins</c> sections are used when present.</param>
    /// <param name="options">Trials, seed and threads of the one simulation.</param>
    /// <param name="step">The grid step (default 0.05: 231 splits of three streams).</param>
    public static SplitResult Run(Scenario scenario, SimulationOptions options, double step = 0.05)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        SplitGrid.Count(scenario.Streams.Count, step); // a bad step fails before the simulation, not after
        return Run(SplitSamples.Simulate(scenario, options), step, options.Threads);
    }

    /// <summary>Judges every split of the grid on <paramref name="samples"/>.</summary>
    /// <param name="samples">The draws.</param>
    /// <param name="step">The grid step (default 0.05).</param>
    /// <param name="threads">Threads for the grid, 1 to <see cref="SimulationOptions.MaxThreads"/> (default: the processor count); results do not depend on it.</param>
    public static SplitResult Run(SplitSamples samples, double step = 0.05, int? threads = null)
    {
        Preconditions.NotNull(samples);
        var workers = SimulationOptions.ResolveThreads(threads);
        var splits = SplitGrid.Simplex(samples.Streams.Count, step);
        var rows = GridEvaluation.Rows(samples, splits, SplitGrid.Parts(step), workers);
        var plan = samples.Evaluate(samples.Plan);
        var best = PickBest(rows);
        var balanced = samples.RiskBalanced(threads: workers);
        return new SplitResult(
            samples.Streams,
            samples.Target,
            samples.Trials,
            step,
            samples.HasResponse,
            rows,
            plan,
            best,
            balanced,
            samples.HasMargins ? Frontier(rows) : [],
            samples.Compare(best.Split, samples.Plan),
            samples.Compare(balanced.Row.Split, samples.Plan),
            samples.Manifest);
    }

    /// <summary>The best of <paramref name="rows"/>: highest P(hit), then highest P(all streams), then highest expected margin; the first in order among full ties.</summary>
    internal static SplitRow PickBest(IEnumerable<SplitRow> rows) => rows
        .OrderByDescending(r => r.ProbabilityOfTarget.Value)
        .ThenByDescending(r => r.ProbabilityAllStreams.Value)
        .ThenByDescending(r => r.ExpectedMargin ?? 0)
        .First();

    /// <summary>
    /// The rows no other row beats on both P(hit) and expected margin (at least as good on both,
    /// better on one), by P(hit) descending: the choices between safety and profit worth
    /// considering. Rows without a margin are left out.
    /// </summary>
    public static IReadOnlyList<SplitRow> Frontier(IEnumerable<SplitRow> rows)
    {
        Preconditions.NotNull(rows);
        var frontier = new List<SplitRow>();
        var bestMargin = double.NegativeInfinity;
        foreach (var group in rows.Where(r => r.ExpectedMargin is not null)
            .GroupBy(r => r.ProbabilityOfTarget.Value)
            .OrderByDescending(g => g.Key))
        {
            // Among equal P(hit) only the highest margin can be undominated.
            var top = group.OrderByDescending(r => r.ExpectedMargin!.Value).First();
            if (top.ExpectedMargin!.Value > bestMargin)
            {
                frontier.Add(top);
                bestMargin = top.ExpectedMargin.Value;
            }
        }

        return frontier;
    }
}
