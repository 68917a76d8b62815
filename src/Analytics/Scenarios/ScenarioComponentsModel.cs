using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios;

/// <summary>
/// A <see cref="Scenario"/> as a trial model with one output per component as well: first every
/// component's per-trial revenue times its stream's multiplier (named by the component's path,
/// e.g. "newCustomers.3c"; no target), then every stream and the total with the names and targets
/// of <see cref="ScenarioModel"/>'s outputs. The draws are those of <see cref="ScenarioModel"/>
/// for the same seed (each component draws from its own keyed streams), but a stream is the sum
/// of its components' own sums, times the multiplier, where <see cref="ScenarioModel"/> adds each
/// draw straight into the stream: the streams and total agree with it up to rounding in the last
/// bits, not bit for bit, and the components times the multiplier add up to the stream only to
/// rounding as well. Analyses that attribute revenue to its sources (budget lines) read it.
/// </summary>
public sealed class ScenarioComponentsModel : ITrialModel
{
    private readonly Scenario _scenario;
    private readonly int _components;

    /// <summary>Wraps <paramref name="scenario"/>.</summary>
    public ScenarioComponentsModel(Scenario scenario)
    {
        _scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
        var components = scenario.Streams.SelectMany(s => s.Components).Select(c => new ModelOutput(c.Name, null)).ToArray();
        _components = components.Length;
        Outputs = [.. components, .. new ScenarioModel(scenario).Outputs];
        Inputs = scenario.Inputs;
    }

    /// <summary>The component paths, in output order (stream by stream).</summary>
    public IEnumerable<string> ComponentNames => Outputs.Take(_components).Select(o => o.Name);

    /// <inheritdoc />
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _scenario.Correlations;

    /// <inheritdoc />
    public string Fingerprint => _scenario.Hash;

    /// <inheritdoc />
    public string? Origin => _scenario.File;

    /// <inheritdoc />
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var total = block.Output(_components + _scenario.Streams.Count);
        total.Clear();
        var c = 0;
        for (var s = 0; s < _scenario.Streams.Count; s++)
        {
            var stream = _scenario.Streams[s];
            var output = block.Output(_components + s);
            output.Clear();
            var multiplier = stream.Multiplier is null ? default : block.Input(stream.Multiplier.Name);
            foreach (var component in stream.Components)
            {
                var part = block.Output(c++);
                part.Clear();
                component.AddBlock(block, part);
                for (var t = 0; t < part.Length; t++)
                {
                    output[t] += part[t];
                }

                if (stream.Multiplier is not null)
                {
                    for (var t = 0; t < part.Length; t++)
                    {
                        part[t] *= multiplier[t];
                    }
                }
            }

            // As ScenarioModel: the multiplier applies to the stream's sum (streams agree with it up to
            // rounding in the last bit: a component's parts are summed before they join the stream).
            if (stream.Multiplier is not null)
            {
                for (var t = 0; t < output.Length; t++)
                {
                    output[t] *= multiplier[t];
                }
            }

            for (var t = 0; t < output.Length; t++)
            {
                total[t] += output[t];
            }
        }
    }
}
