using Analytics.Simulation.Correlation;

namespace Analytics.Simulation.Results;

/// <summary>
/// The outcome of a run: a summary per output, the per-trial values of every output (kept for
/// audit exports, split-ratio re-weighting and paired comparisons), the correlations achieved, and
/// the manifest that reproduces it.
/// </summary>
public sealed class SimulationResult
{
    private readonly double[][] _samples;

    internal SimulationResult(RunManifest manifest, IReadOnlyList<OutputSummary> outputs, double[][] samples, IReadOnlyList<CorrelationReport> correlations)
    {
        Manifest = manifest;
        Outputs = outputs;
        _samples = samples;
        Correlations = correlations;
    }

    /// <summary>Seed, trials, sampler, block size, scenario hash and version.</summary>
    public RunManifest Manifest { get; }

    /// <summary>One summary per model output, in the model's order.</summary>
    public IReadOnlyList<OutputSummary> Outputs { get; }

    /// <summary>Requested, used and achieved rank correlations (empty when none were asked for).</summary>
    public IReadOnlyList<CorrelationReport> Correlations { get; }

    /// <summary>The summary of the output named <paramref name="name"/>.</summary>
    public OutputSummary Output(string name) => Outputs[IndexOf(name)];

    /// <summary>The per-trial values of output <paramref name="name"/>, in trial order.</summary>
    public ReadOnlyMemory<double> Samples(string name) => _samples[IndexOf(name)];

    /// <summary>The per-trial values of output <paramref name="index"/>, in trial order.</summary>
    public ReadOnlyMemory<double> Samples(int index) => _samples[index];

    private int IndexOf(string name)
    {
        for (var i = 0; i < Outputs.Count; i++)
        {
            if (string.Equals(Outputs[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The run has no output named \"{name}\"; its outputs are: {string.Join(", ", Outputs.Select(o => o.Name))}.", nameof(name));
    }
}
