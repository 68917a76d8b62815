using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Years drawn from a scenario before anything of the year is known, kept with what conditioning
/// on the year's facts reads (<see cref="TrackingModel"/>): per trial and stream the annual revenue
/// X, its first month F and its monthly revenue; the draws of the probabilities facts observe;
/// the counts decided outcomes constrain; the response section's elasticities. Every stream must
/// have timing uncertainty (a <c>phasing</c> concentration κ): under the plan's shares exactly, any
/// year to date but the plan's own would be impossible and no year could be conditioned on it.
/// One set of prior trials serves any number of observed years (their weights differ, the draws do not).
/// </summary>
public sealed class PriorTrials
{
    private readonly SimulationResult _run;
    private readonly Lazy<double[]>[] _logAnnual;

    private PriorTrials(Scenario scenario, PhasingSpec phasing, SimulationResult run, TrackingModel model)
    {
        Scenario = scenario;
        Phasing = phasing;
        _run = run;
        Streams = [.. scenario.Streams.Select(s => s.Name)];
        Concentrations = [.. Streams.Select(s => phasing.TimingOf(s)!.Concentration!.Value)];
        Annual = [.. Streams.Select(s => run.Samples(s))];
        FirstMonths = [.. Streams.Select(s => run.Samples(MonthlyPathModel.FirstMonthOutput(s)))];
        Total = run.Samples(Scenario.TotalOutput);
        RateInputs = model.RateInputs;
        Counts = [.. model.Counts.Select(c => (c.Component.Name, c.Count.Chances, run.Samples(TrackingModel.CountOutput(c.Component.Name))))];
        _logAnnual = [.. Annual.Select(a => new Lazy<double[]>(() => [.. a.ToArray().Select(x => x > 0 ? Math.Log(x) : 0)]))];
        Elasticities = [.. Streams.Select(s => scenario.Analysis.ResponseOf(s) is { } r ? run.Samples(RecordingModel.OutputOf(r.Elasticity.Name)) : (ReadOnlyMemory<double>?)null)];
    }

    /// <summary>The scenario drawn from.</summary>
    public Scenario Scenario { get; }

    /// <summary>Its timing (the <c>phasing</c> section).</summary>
    public PhasingSpec Phasing { get; }

    /// <summary>The number of trials.</summary>
    public int Count => _run.Manifest.Trials;

    /// <summary>The run that drew them (seed, trials, scenario hash).</summary>
    public RunManifest Manifest => _run.Manifest;

    /// <summary>The streams, in the scenario's order.</summary>
    public IReadOnlyList<string> Streams { get; }

    /// <summary>Each stream's timing concentration κ.</summary>
    public IReadOnlyList<double> Concentrations { get; }

    /// <summary>Per stream, its annual revenue X in each trial (萬元).</summary>
    public IReadOnlyList<ReadOnlyMemory<double>> Annual { get; }

    /// <summary>Per stream, its first month F (1-12) in each trial.</summary>
    public IReadOnlyList<ReadOnlyMemory<double>> FirstMonths { get; }

    /// <summary>The total of the streams in each trial (萬元).</summary>
    public ReadOnlyMemory<double> Total { get; }

    /// <summary>The probability inputs facts can observe (their draws: <see cref="Rate"/>).</summary>
    public IReadOnlyList<string> RateInputs { get; }

    /// <summary>The counts decided outcomes can constrain: the component, its chances and its count in each trial.</summary>
    public IReadOnlyList<(string Component, int Chances, ReadOnlyMemory<double> Values)> Counts { get; }

    /// <summary>Per stream, its response elasticity in each trial, or null when the scenario states no response for it.</summary>
    public IReadOnlyList<ReadOnlyMemory<double>?> Elasticities { get; }

    /// <summary>Draws <paramref name="options"/>' trials of <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentException">The scenario has no <c>phasing</c> section, or a stream has no concentration there (the message names it).</exception>
    public static PriorTrials Simulate(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var phasing = scenario.Analysis.Phasing
            ?? throw new ArgumentException($"the scenario \"{scenario.Name}\" has no \"phasing\" section: conditioning on actuals needs the scenario's timing of the year (see data/scenarios/README.md).", nameof(scenario));
        var flat = scenario.Streams.Select(s => s.Name).Where(s => phasing.TimingOf(s)?.Concentration is null).ToArray();
        if (flat.Length > 0)
        {
            throw new ArgumentException(
                $"the scenario \"{scenario.Name}\" gives the stream{(flat.Length > 1 ? "s" : string.Empty)} {string.Join(", ", flat)} no timing uncertainty (phasing.streams.{flat[0]}.concentration): conditioning on actuals needs a concentration for every stream, because a stream booked by the plan's monthly shares exactly makes any year to date but the plan's own impossible; add one (data/scenarios/README.md; data/plc-2026/scenario.json uses 20-40).",
                nameof(scenario));
        }

        var model = new TrackingModel(scenario);
        return new PriorTrials(scenario, phasing, SimulationEngine.Run(model, options), model);
    }

    /// <summary>The draws of probability input <paramref name="input"/> (one of <see cref="RateInputs"/>).</summary>
    public ReadOnlyMemory<double> Rate(string input) => _run.Samples(RecordingModel.OutputOf(input));

    /// <summary>ln X of stream <paramref name="stream"/> (index) in each trial (0 where X is 0): worked out once for every observed year weighed against these trials.</summary>
    public ReadOnlySpan<double> LogAnnual(int stream) => _logAnnual[stream].Value;

    /// <summary>Stream <paramref name="stream"/>'s (index) revenue in month <paramref name="month"/> (1-12) in each trial.</summary>
    public ReadOnlyMemory<double> Month(int stream, int month) => _run.Samples(MonthlyPathModel.MonthOutput(Streams[stream], month));
}
