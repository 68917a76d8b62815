using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Components;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The scenario's monthly paths (<see cref="MonthlyPathModel"/>, each stream's first month recorded)
/// with what conditioning on a year's facts reads besides revenue: the draws of every probability
/// that pipeline facts can observe (<see cref="ComponentKind.RateOf"/>) and of the response
/// section's elasticities (<see cref="RecordingModel"/> outputs), and each count outcomes can
/// constrain (<see cref="ComponentKind.CountOf"/>, e.g. benchmarks won), one output per component
/// named <see cref="CountOutput"/>. All of it is drawn from the streams the plain simulation uses,
/// so its revenue is the monthly path model's, trial for trial.
/// </summary>
public sealed class TrackingModel : ITrialModel
{
    private readonly RecordingModel _inner;
    private readonly (ITrialComponent Component, ObservableCount Count)[] _counts;

    /// <summary>Wraps <paramref name="scenario"/> (which needs a <c>phasing</c> section).</summary>
    public TrackingModel(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var components = scenario.Streams.SelectMany(s => s.Components).ToArray();
        var rates = components.Select(c => ComponentCatalog.Of(c)?.RateOf(c)).OfType<ScalarInput>().Select(i => i.Name).Distinct(StringComparer.Ordinal).ToArray();
        var elasticities = scenario.Analysis.Response.Select(r => r.Elasticity).ToArray();
        _inner = new RecordingModel(new MonthlyPathModel(scenario, recordFirstMonths: true), elasticities, [.. rates, .. elasticities.Select(e => e.Name)]);
        _counts = [.. components.Select(c => (Component: c, Count: ComponentCatalog.Of(c)?.CountOf(c))).Where(p => p.Count is not null).Select(p => (p.Component, p.Count!))];
        RateInputs = rates;
        Outputs = [.. _inner.Outputs, .. _counts.Select(c => new ModelOutput(CountOutput(c.Component.Name), null))];
    }

    /// <summary>The names of the probability inputs pipeline facts can observe, recorded as <see cref="RecordingModel.OutputOf"/> outputs.</summary>
    public IReadOnlyList<string> RateInputs { get; }

    /// <summary>The components with a count outcomes can constrain, in output order, with the count.</summary>
    public IReadOnlyList<(ITrialComponent Component, ObservableCount Count)> Counts => _counts;

    /// <summary>The output holding component <paramref name="component"/>'s count in each trial, e.g. "newProduct.benchmarks.count".</summary>
    public static string CountOutput(string component) => Preconditions.NotBlank(component) + ".count";

    /// <inheritdoc />
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => _inner.Inputs;

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _inner.Correlations;

    /// <inheritdoc />
    public string Fingerprint => _inner.Fingerprint;

    /// <inheritdoc />
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _inner.SimulateBlock(block);
        var first = _inner.Outputs.Count;
        var counts = block.RentInts(block.Count);
        for (var c = 0; c < _counts.Length; c++)
        {
            _counts[c].Count.Sample(block, counts);
            var output = block.Output(first + c);
            for (var t = 0; t < counts.Length; t++)
            {
                output[t] = counts[t];
            }
        }
    }
}
