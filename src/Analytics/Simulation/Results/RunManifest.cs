using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Results;

/// <summary>Everything needed to reproduce a run bit for bit (thread count is not needed: it never changes results).</summary>
/// <param name="Seed">The run seed.</param>
/// <param name="Trials">Number of trials.</param>
/// <param name="Sampler">How inputs were drawn.</param>
/// <param name="BlockSize">Trials per block (streams derive from seed, block index and stream name).</param>
/// <param name="ScenarioHash">The model's fingerprint (for scenario files: SHA-256 of the file's bytes, hex).</param>
/// <param name="Version">The toolkit's version (the Analytics assembly's informational version).</param>
public sealed record RunManifest(ulong Seed, int Trials, SamplerKind Sampler, int BlockSize, string ScenarioHash, string Version);
