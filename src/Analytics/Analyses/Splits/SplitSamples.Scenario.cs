using Analytics.Common;
using Analytics.Scenarios.Sections;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;

namespace Analytics.Analyses.Splits;

/// <summary>
/// Split samples drawn from a scenario: one simulation of its model with each stream's elasticity
/// kept as an output, read back as each stream's revenue at the plan's split, its response
/// (floor and elasticity draws) and its margin.
/// </summary>
public sealed partial class SplitSamples
{
    /// <summary>
    /// The cost of <see cref="Simulate"/> and of the split analysis on its samples: one run keeping each
    /// stream, the total and each stream's elasticity per trial (and a sorted copy of each), then each
    /// stream's revenue and response factor per trial for the re-weighting.
    /// </summary>
    public static WorkEstimate Estimate(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var streams = scenario.Streams.Count;
        var columns = (2.0 * (streams + 1 + scenario.Analysis.Response.Count)) + (2 * streams);
        return new WorkEstimate("splits", options.Trials, options.Trials, columns * WorkEstimate.DoubleBytes * options.Trials);
    }

    /// <summary>
    /// Simulates <paramref name="scenario"/> once, keeping each stream's per-trial revenue and, when
    /// the scenario has a <c>response</c> section, each stream's per-trial elasticity.
    /// </summary>
    public static SplitSamples Simulate(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(options);
        Estimate(scenario, options).Check(scenario);
        return From(scenario, SimulationEngine.Run(Model(scenario), options));
    }

    /// <summary>
    /// The model whose run <see cref="From"/> reads: the scenario's own model with each stream's
    /// elasticity drawn and kept as an output (<see cref="RecordingModel"/>). Its streams and total
    /// are those of the scenario's model, draw for draw, so one run can serve both the simulation's
    /// headline and the split analysis.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario gives a response or a margin to some streams only.</exception>
    public static ITrialModel Model(Scenario scenario)
    {
        CheckSections(scenario);
        var elasticities = scenario.Analysis.Response.Select(r => r.Elasticity).ToArray();
        return new RecordingModel(new ScenarioModel(scenario), elasticities, elasticities.Select(e => e.Name).ToArray());
    }

    /// <summary>The samples in <paramref name="result"/>, a run of <see cref="Model"/>(<paramref name="scenario"/>).</summary>
    /// <exception cref="ArgumentException">The run is of another model, or lacks a stream or an elasticity.</exception>
    public static SplitSamples From(Scenario scenario, SimulationResult result)
    {
        CheckSections(scenario);
        Preconditions.NotNull(result);
        var analysis = scenario.Analysis;
        var streams = scenario.Streams.Select(s => s.Name).ToArray();
        var needed = streams.Concat(analysis.Response.Select(r => RecordingModel.OutputOf(StreamResponse.ElasticityName(r.Stream))));
        var missing = needed.FirstOrDefault(n => !result.Outputs.Any(o => o.Name == n));
        if (missing is not null || !string.Equals(result.Manifest.ScenarioHash, scenario.Hash, StringComparison.Ordinal))
        {
            throw new ArgumentException($"result must be a run of SplitSamples.Model for the scenario \"{scenario.Name}\"; {(missing is null ? "it is a run of another model" : $"it has no output \"{missing}\"")}.", nameof(result));
        }

        var targets = scenario.Streams.Sum(s => s.Target);
        var plan = Split.Normalised(scenario.Streams.Select(s => s.Target / targets).ToArray());
        (IReadOnlyList<double>, IReadOnlyList<ReadOnlyMemory<double>>)? response = analysis.Response.Count == 0
            ? null
            : (streams.Select(s => analysis.ResponseOf(s)!.Floor).ToArray(), streams.Select(s => result.Samples(RecordingModel.OutputOf(StreamResponse.ElasticityName(s)))).ToArray());
        var margins = analysis.Margins.Count == 0 ? null : streams.Select(s => analysis.MarginOf(s)!.Value).ToArray();
        return new SplitSamples(streams, streams.Select(result.Samples).ToArray(), scenario.Target, plan, response, margins, result.Manifest);
    }

    private static void CheckSections(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var analysis = scenario.Analysis;
        var missing = scenario.Streams.FirstOrDefault(st => (analysis.Response.Count > 0 && analysis.ResponseOf(st.Name) is null) || (analysis.Margins.Count > 0 && analysis.MarginOf(st.Name) is null));
        if (missing is not null)
        {
            throw new ArgumentException($"scenario must give every stream a response and a margin, or none; \"{missing.Name}\" lacks one.", nameof(scenario));
        }
    }
}
