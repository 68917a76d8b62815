using System.Globalization;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// Which assumption the outcome hangs on: a tornado (<see cref="Tornado"/>), rank correlations of
/// every input with the total and their contribution to variance, and first- and total-order
/// Sobol indices (<see cref="SobolDesign"/>) of the total and of hitting the target.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>
    /// The cost of <see cref="Run"/> with U uncertain inputs: the tornado's base and two runs per input, the
    /// rank correlations' run (keeping each stream, the total and each input per trial, with their ranks),
    /// and the Sobol design's N (U + 2) one-trial rows, each keeping its inputs and outputs.
    /// </summary>
    public static WorkEstimate Estimate(Scenario scenario, SensitivityOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var uncertain = scenario.Inputs.Count(i => !i.Distribution.IsConstant);
        var outputs = scenario.Streams.Count + 1;
        double trials = options.Trials;
        var rows = (double)options.SobolSamples * (uncertain + 2);
        var runs = (trials * (2 + (2 * uncertain))) + rows;
        var bytes = Math.Max(((2.0 * (outputs + uncertain)) + uncertain + 1) * trials, rows * (uncertain + outputs)) * WorkEstimate.DoubleBytes;
        return new WorkEstimate("sensitivity", options.Trials, runs, bytes);
    }

    /// <summary>Runs all four on <paramref name="scenario"/>'s uncertain inputs.</summary>
    public static SensitivityResult Run(Scenario scenario, SensitivityOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        Estimate(scenario, options).Check(scenario);
        var simulation = options.Simulation;
        var (baseMean, baseHit, tornado) = Tornado.Run(scenario, simulation);
        var ranks = RankCorrelations(scenario, simulation);
        IReadOnlyList<SobolIndex> sobolTotal = [], sobolHit = [];
        if (options.SobolSamples > 0)
        {
            var indices = SobolDesign.Run(new ScenarioModel(scenario), [(Scenario.TotalOutput, null), (Scenario.TotalOutput, scenario.Target)], options.SobolSamples, options.Seed, options.Bootstrap, options.Threads);
            (sobolTotal, sobolHit) = (indices[0], indices[1]);
        }

        var notes = new List<string>
        {
            "Tornado: every uncertain input at its median, then each in turn at its own P10 and P90; each run has "
                + options.Trials.ToString("#,0", CultureInfo.InvariantCulture) + " trials on the same seed, and order counts and values still vary within a run.",
            "Rank correlations use one run with the scenario's input correlations in force, so an input is credited with what it shares with inputs correlated to it.",
        };
        if (options.SobolSamples > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Sobol: Saltelli design, N = {options.SobolSamples:#,0} ({options.SobolSamples * (tornado.Count + 2):#,0} model runs), first order by Saltelli (2010), total by Jansen, {options.Bootstrap} bootstrap replicates for the intervals."));
            notes.Add("Sobol indices treat the named inputs as independent: the scenario's rank correlations are not imposed in the design.");
            notes.Add("Internal randomness (order counts, order values, wins) is not a named input: it is held common across each row of the design, so the indices do not add up to 1; the remainder is that noise and interactions.");
            foreach (var (indices, what) in new[] { (sobolTotal, "the total"), (sobolHit, "hitting the target") })
            {
                if (indices.Count == 0)
                {
                    notes.Add($"Sobol indices of {what} are undefined: it takes one value in every run of the design (e.g. every run hits, or every run misses, the target), so there is no variance to apportion.");
                }
            }
        }

        return new SensitivityResult(scenario.Target, baseMean, baseHit, tornado, ranks, sobolTotal, sobolHit, notes) { Trials = options.Trials };
    }

    /// <summary>Spearman's rho of each uncertain input with the total, and rho² normalised, largest first.</summary>
    public static IReadOnlyList<RankCorrelationRow> RankCorrelations(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        var uncertain = scenario.Inputs.Where(i => !i.Distribution.IsConstant).Select(i => i.Name).ToArray();
        var run = SimulationEngine.Run(new RecordingModel(new ScenarioModel(scenario), [], uncertain), options);
        var total = run.Samples(Scenario.TotalOutput);
        var rho = uncertain.Select(name => Ranks.Spearman(run.Samples(RecordingModel.OutputOf(name)).Span, total.Span)).ToArray();
        var sum = rho.Sum(r => r * r);
        return uncertain
            .Select((name, i) => new RankCorrelationRow(name, rho[i], sum > 0 ? rho[i] * rho[i] / sum : 0))
            .OrderByDescending(r => r.ContributionToVariance)
            .ToArray();
    }
}
