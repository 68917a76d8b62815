using Analytics.Common;
using Analytics.Simulation.Correlation;

namespace Analytics.Simulation.Engine;

/// <summary>
/// A model with more per-trial inputs and with some inputs' draws kept as outputs: the inner
/// model's outputs come first and are unchanged (its streams are keyed by name, so extra inputs
/// do not move its draws), then one output per recorded input, named by <see cref="OutputOf"/>.
/// Analyses use it to see the draws behind each trial (rank correlations of inputs with the
/// total) and to draw quantities the inner model does not read (e.g. an effort elasticity).
/// </summary>
public sealed class RecordingModel : ITrialModel
{
    private readonly ITrialModel _inner;
    private readonly string[] _recorded;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The model whose outputs come first.</param>
    /// <param name="extraInputs">Inputs drawn in addition to the inner model's (names must differ from its inputs'); may be empty.</param>
    /// <param name="recorded">Names of inputs (the inner model's or extra ones) whose draws become outputs; may be empty.</param>
    public RecordingModel(ITrialModel inner, IReadOnlyList<ScalarInput> extraInputs, IReadOnlyList<string> recorded)
    {
        _inner = Preconditions.NotNull(inner);
        Preconditions.NotNull(extraInputs);
        Preconditions.UniqueKeys(recorded, name => name);
        Inputs = [.. inner.Inputs, .. extraInputs];
        var names = Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in recorded)
        {
            if (!names.Contains(name))
            {
                throw new ArgumentException($"recorded names \"{name}\", which is not an input; inputs are: {string.Join(", ", names)}.", nameof(recorded));
            }
        }

        _recorded = [.. recorded];
        Outputs = [.. inner.Outputs, .. _recorded.Select(n => new ModelOutput(OutputOf(n), null))];
    }

    /// <summary>The name of the output that records input <paramref name="input"/>: "input:" followed by the input's name.</summary>
    public static string OutputOf(string input) => "input:" + Preconditions.NotBlank(input);

    /// <inheritdoc />
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _inner.Correlations;

    /// <summary>The inner model's fingerprint: extra inputs do not change its outputs.</summary>
    public string Fingerprint => _inner.Fingerprint;

    /// <inheritdoc />
    public string? Origin => _inner.Origin;

    /// <inheritdoc />
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _inner.SimulateBlock(block);
        var first = _inner.Outputs.Count;
        for (var r = 0; r < _recorded.Length; r++)
        {
            block.Input(_recorded[r]).CopyTo(block.Output(first + r));
        }
    }
}
