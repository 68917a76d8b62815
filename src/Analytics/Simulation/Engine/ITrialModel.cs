using Analytics.Simulation.Correlation;

namespace Analytics.Simulation.Engine;

/// <summary>
/// What the engine simulates: a function from a block's random streams and input columns to
/// per-trial outputs. The engine knows nothing else about the model; the model knows nothing about
/// threads (it receives one <see cref="BlockContext"/> at a time and must keep no mutable state
/// of its own, so blocks can run in parallel).
/// </summary>
public interface ITrialModel
{
    /// <summary>The per-trial outputs, in the order of <see cref="BlockContext.Output(int)"/>.</summary>
    IReadOnlyList<ModelOutput> Outputs { get; }

    /// <summary>The scalar inputs the engine draws for every trial, in the order of <see cref="BlockContext.Input(int)"/>.</summary>
    IReadOnlyList<ScalarInput> Inputs { get; }

    /// <summary>Rank correlations to impose between inputs (by name); empty for independent inputs.</summary>
    IReadOnlyList<RankCorrelation> Correlations { get; }

    /// <summary>Identifies the model in the run manifest (e.g. the SHA-256 of the scenario file).</summary>
    string Fingerprint { get; }

    /// <summary>Where the model was read from, for messages about its results (e.g. the scenario file); null when it was built in code.</summary>
    string? Origin => null;

    /// <summary>Writes the outputs of the block's trials into <see cref="BlockContext.Output(int)"/>.</summary>
    void SimulateBlock(BlockContext block);
}
