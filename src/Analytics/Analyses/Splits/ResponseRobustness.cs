using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.Splits;

/// <summary>
/// Does the best split survive a change of the response assumption? The response model (how each
/// stream's revenue answers its share of effort) is judgement, not data, and the best split is
/// only as good as it. This finds the grid's best split as the scenario states the assumption and
/// under each change of it (by default <see cref="ResponseChange.OneAtATime"/>: every floor 0.2
/// lower and higher, every elasticity's odds halved and doubled), on one set of draws: a change
/// re-weights the same revenues (<see cref="SplitSamples.With"/>), so the versions differ only by
/// the assumption, and the grid is searched for P(hit) alone (<see cref="GridHits"/>, all versions in one pass), which
/// costs a fraction of a full <see cref="SplitAnalysis"/>.
/// </summary>
public static class ResponseRobustness
{
    /// <summary>Simulates <paramref name="scenario"/> once and judges every version of its response assumption.</summary>
    /// <param name="scenario">A scenario with a <c>response</c> section.</param>
    /// <param name="options">Trials, seed and threads of the one simulation.</param>
    /// <param name="changes">The changes to judge (default <see cref="ResponseChange.OneAtATime"/>).</param>
    /// <param name="step">The grid step (default 0.05).</param>
    public static ResponseRobustnessResult Run(Scenario scenario, SimulationOptions options, IReadOnlyList<ResponseChange>? changes = null, double step = 0.05)
    {
        Preconditions.NotNull(options);
        return Run(scenario, SplitSamples.Simulate(scenario, options), changes, step, options.Threads);
    }

    /// <summary>Judges every version of <paramref name="scenario"/>'s response assumption on <paramref name="samples"/>, draws of that scenario.</summary>
    /// <param name="scenario">The scenario the samples were drawn from (for the stated floors and elasticity distributions).</param>
    /// <param name="samples">Its draws (<see cref="SplitSamples.Simulate"/>), with a response model.</param>
    /// <param name="changes">The changes to judge (default <see cref="ResponseChange.OneAtATime"/>); each must name a stream of the scenario.</param>
    /// <param name="step">The grid step (default 0.05).</param>
    /// <param name="threads">Threads, 1 to <see cref="SimulationOptions.MaxThreads"/> (default: the processor count); results do not depend on it.</param>
    public static ResponseRobustnessResult Run(Scenario scenario, SplitSamples samples, IReadOnlyList<ResponseChange>? changes = null, double step = 0.05, int? threads = null)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(samples);
        var workers = SimulationOptions.ResolveThreads(threads);
        if (!samples.HasResponse || !samples.Streams.SequenceEqual(scenario.Streams.Select(s => s.Name)))
        {
            throw new ArgumentException($"samples must be draws of the scenario \"{scenario.Name}\" with its response model (streams {string.Join(", ", scenario.Streams.Select(s => s.Name))}); they have streams {string.Join(", ", samples.Streams)}{(samples.HasResponse ? string.Empty : " and no response model")}.", nameof(samples));
        }

        changes ??= ResponseChange.OneAtATime(scenario);
        var grid = SplitGrid.Simplex(samples.Streams.Count, step);
        var m = (int)Math.Round(1 / step);
        var plan = samples.Evaluate(samples.Plan);
        var buffers = new SplitBuffers(samples.Trials); // the ties for the best, judged one after another
        // Every version's P(hit) over the grid in one pass: a version recomputes only the stream it changes.
        var versions = changes.Select(c => ((ResponseChange?)Preconditions.NotNull(c), c.Apply(scenario), samples.With(c))).Prepend((null, scenario, samples)).ToArray();
        var hits = GridHits.Count([.. versions.Select(v => v.Item3)], grid, m, workers);
        ResponseVariant Judge(int v)
        {
            var (change, version, draws) = versions[v];
            var most = hits[v].Max();
            var best = SplitAnalysis.PickBest(grid.Where((_, i) => hits[v][i] == most).Select(split => draws.Evaluate(split, buffers)));
            var response = samples.Streams.Select(s => version.Analysis.ResponseOf(s)!).ToArray();
            return new ResponseVariant(change, [.. response.Select(r => r.Floor)], [.. response.Select(r => r.Elasticity.Distribution.Mean)], best, draws.Compare(best.Split, samples.Plan));
        }

        var stated = Judge(0);
        var variants = Enumerable.Range(1, versions.Length - 1).Select(Judge).ToArray();
        var all = variants.Prepend(stated).ToArray();
        var half = step / 2;
        var shifts = samples.Streams.Select((name, k) =>
        {
            var p = samples.Plan[k];
            var shares = all.Select(v => v.Best.Split[k]).ToArray();
            return new ShareShift(name, p, shares.Count(x => x < p - half), shares.Count(x => Math.Abs(x - p) <= half), shares.Count(x => x > p + half), shares.Min(), shares.Max());
        }).ToArray();
        return new ResponseRobustnessResult(samples.Streams, samples.Trials, step, plan, stated, variants, shifts, samples.Manifest);
    }
}
