using Analytics.Common;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;
using Analytics.Statistics;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>Simulation results as <see cref="DataFrame"/>s for notebooks: the convergence of P(hit), runs side by side, the drivers of the outcome.</summary>
public static class SimulationTables
{
    /// <summary>
    /// How P(<paramref name="output"/> &gt;= target) settles as trials accumulate: the engine's running
    /// estimate at its checkpoints (1000, 2000, 5000, 10,000, ... trials, from <paramref name="minTrials"/> on) with its standard error
    /// sqrt(p(1 - p)/n) and Wilson's 95% interval, the formula the engine uses for a whole run.
    /// </summary>
    /// <param name="result">A Monte Carlo run (a Latin hypercube's trials are not independent, so this error would be wrong for it).</param>
    /// <param name="output">The output (default the scenario total); it must have a target.</param>
    /// <param name="minTrials">Checkpoints with fewer trials are left out, &gt;= 1 (default 100).</param>
    public static DataFrame Convergence(SimulationResult result, string output = "total", long minTrials = 100)
    {
        Preconditions.NotNull(result);
        if (result.Manifest.Sampler != SamplerKind.MonteCarlo)
        {
            throw new ArgumentException("result must be a Monte Carlo run: a Latin hypercube's running estimates have no independent-trials error (its whole-run error comes from blocks).", nameof(result));
        }

        var summary = result.Output(output);
        if (summary.Target is null)
        {
            throw new ArgumentException($"output \"{output}\" has no target, so there is no P(hit) to follow.", nameof(output));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minTrials, 1);
        var points = summary.Convergence.Where(c => c.Trials >= minTrials && c.Hits is not null)
            .Select(c => (c.Trials, Estimate: Estimate.Wilson(c.Hits!.Value, c.Trials)))
            .ToArray();
        return new DataFrame(
            new Int64DataFrameColumn("trials", points.Select(p => p.Trials)),
            new DoubleDataFrameColumn("pHit", points.Select(p => p.Estimate.Value)),
            new DoubleDataFrameColumn("stdError", points.Select(p => p.Estimate.StandardError)),
            new DoubleDataFrameColumn("lower95", points.Select(p => p.Estimate.Lower95)),
            new DoubleDataFrameColumn("upper95", points.Select(p => p.Estimate.Upper95)));
    }

    /// <summary>
    /// Runs side by side, one row each: trials, sampler, how the error was estimated, the output's mean
    /// with its standard error, P10/P50/P90, and P(output &gt;= target) with its standard error and 95% interval.
    /// </summary>
    /// <param name="runs">Labelled runs, at least one.</param>
    /// <param name="output">The output compared (default the scenario total); it must have a target.</param>
    public static DataFrame Compare(IReadOnlyList<(string Label, SimulationResult Result)> runs, string output = "total")
    {
        Preconditions.NotEmpty(runs);
        var rows = runs.Select(r => (r.Label, r.Result.Manifest, Summary: r.Result.Output(output))).ToArray();
        var missing = rows.FirstOrDefault(r => r.Summary.ProbabilityOfTarget is null);
        if (missing.Summary is not null)
        {
            throw new ArgumentException($"output \"{output}\" of run \"{missing.Label}\" has no target.", nameof(output));
        }

        return new DataFrame(
            new StringDataFrameColumn("run", rows.Select(r => r.Label)),
            new Int32DataFrameColumn("trials", rows.Select(r => r.Manifest.Trials)),
            new StringDataFrameColumn("sampler", rows.Select(r => r.Manifest.Sampler == SamplerKind.MonteCarlo ? "mc" : "lhs")),
            new StringDataFrameColumn("errorFrom", rows.Select(r => r.Summary.StandardErrorMethod == StandardErrorMethod.IndependentTrials ? "trials" : "blocks")),
            new DoubleDataFrameColumn("mean", rows.Select(r => r.Summary.Mean)),
            new DoubleDataFrameColumn("meanStdError", rows.Select(r => r.Summary.MeanStandardError)),
            new DoubleDataFrameColumn("p10", rows.Select(r => r.Summary.Percentiles.P10)),
            new DoubleDataFrameColumn("p50", rows.Select(r => r.Summary.Percentiles.P50)),
            new DoubleDataFrameColumn("p90", rows.Select(r => r.Summary.Percentiles.P90)),
            new DoubleDataFrameColumn("pHit", rows.Select(r => r.Summary.ProbabilityOfTarget!.Value)),
            new DoubleDataFrameColumn("pHitStdError", rows.Select(r => r.Summary.ProbabilityOfTarget!.StandardError)),
            new DoubleDataFrameColumn("lower95", rows.Select(r => r.Summary.ProbabilityOfTarget!.Lower95)),
            new DoubleDataFrameColumn("upper95", rows.Select(r => r.Summary.ProbabilityOfTarget!.Upper95)));
    }

    /// <summary>Drivers of an outcome (<see cref="OutcomeDriver"/>): name, mean, sd, rank correlation with the outcome, variance share (blank for inputs).</summary>
    public static DataFrame Drivers(IReadOnlyList<OutcomeDriver> drivers)
    {
        Preconditions.NotNull(drivers);
        return new DataFrame(
            new StringDataFrameColumn("driver", drivers.Select(d => d.Name)),
            new DoubleDataFrameColumn("mean", drivers.Select(d => d.Mean)),
            new DoubleDataFrameColumn("sd", drivers.Select(d => d.StandardDeviation)),
            new DoubleDataFrameColumn("rankCorrelation", drivers.Select(d => d.RankCorrelation)),
            new DoubleDataFrameColumn("varianceShare", drivers.Select(d => d.VarianceShare)));
    }
}
