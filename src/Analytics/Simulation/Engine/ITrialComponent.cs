namespace Analytics.Simulation.Engine;

/// <summary>
/// A quantity with one value per trial that can be added into a total, with its exact expectation:
/// the building block of a model output (e.g. one part of a revenue stream). Implementations are
/// immutable and pure: all randomness comes from the block's streams, keyed by <see cref="Name"/>,
/// and from the engine's input columns.
/// </summary>
public interface ITrialComponent
{
    /// <summary>The component's name, also the prefix of its stream keys (e.g. "repurchase.tierA").</summary>
    string Name { get; }

    /// <summary>The expectation of the per-trial value, in closed form.</summary>
    double ExpectedValue { get; }

    /// <summary>The per-trial scalar inputs the component reads (the engine draws them).</summary>
    IReadOnlyList<ScalarInput> Inputs { get; }

    /// <summary>Adds each trial's value to <paramref name="totals"/> (one element per trial of the block).</summary>
    void AddBlock(BlockContext block, Span<double> totals);

    /// <summary>The same component with the input named like <paramref name="input"/> replaced by it (itself when it has no such input).</summary>
    ITrialComponent WithInput(ScalarInput input);
}
