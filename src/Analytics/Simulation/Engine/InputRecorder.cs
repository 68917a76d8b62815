using Analytics.Common;
using Analytics.Simulation.Correlation;

namespace Analytics.Simulation.Engine;

/// <summary>
/// A model that also reports some of its inputs' per-trial draws as outputs (without a target), so
/// a run can relate what was drawn (e.g. the market factor) to what came out (the total). The wrapped
/// model's outputs keep their places and its random streams are untouched (streams derive from
/// names, never from the output list), so its figures are bit for bit those of the model run alone.
/// </summary>
public sealed class InputRecorder : ITrialModel
{
    private readonly ITrialModel _model;
    private readonly string[] _recorded;

    /// <summary>Wraps <paramref name="model"/>, recording the inputs named <paramref name="inputs"/> as outputs of the same names.</summary>
    /// <param name="model">The model to run.</param>
    /// <param name="inputs">Names of the model's inputs, at least one, each once, none named like one of the model's outputs.</param>
    public InputRecorder(ITrialModel model, IReadOnlyList<string> inputs)
    {
        _model = Preconditions.NotNull(model);
        Preconditions.NotEmpty(inputs);
        Preconditions.UniqueKeys(inputs, name => name);
        foreach (var name in inputs)
        {
            if (!model.Inputs.Any(i => i.Name == name))
            {
                throw new ArgumentException($"inputs names \"{name}\", which is not an input of the model; its inputs are: {string.Join(", ", model.Inputs.Select(i => i.Name))}.", nameof(inputs));
            }

            if (model.Outputs.Any(o => o.Name == name))
            {
                throw new ArgumentException($"inputs names \"{name}\", which is already an output of the model; an input recorded under that name would hide it.", nameof(inputs));
            }
        }

        _recorded = [.. inputs];
        Outputs = [.. model.Outputs, .. inputs.Select(name => new ModelOutput(name, null))];
    }

    /// <summary>The wrapped model's outputs, then one per recorded input.</summary>
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => _model.Inputs;

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _model.Correlations;

    /// <inheritdoc />
    public string Fingerprint => _model.Fingerprint;

    /// <inheritdoc />
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _model.SimulateBlock(block);
        var first = _model.Outputs.Count;
        for (var i = 0; i < _recorded.Length; i++)
        {
            block.Input(_recorded[i]).CopyTo(block.Output(first + i));
        }
    }
}
