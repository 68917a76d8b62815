using System.Runtime.CompilerServices;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios;

/// <summary>
/// A <see cref="Scenario"/> as a trial model: one output per stream (multiplier × Σ components)
/// and <see cref="Scenario.TotalOutput"/>, the sum of the streams, each against its target.
/// </summary>
public sealed class ScenarioModel : ITrialModel
{
    private readonly Scenario _scenario;

    /// <summary>Wraps <paramref name="scenario"/>.</summary>
    public ScenarioModel(Scenario scenario)
    {
        _scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
        Outputs = scenario.Streams.Select(s => new ModelOutput(s.Name, s.Target))
            .Append(new ModelOutput(Scenario.TotalOutput, scenario.Target))
            .ToArray();
        Inputs = scenario.Inputs;
    }

    /// <summary>
    /// The cost of simulating <paramref name="scenario"/> for <paramref name="trials"/> trials: one run,
    /// keeping one column of doubles per output (each stream and the total) and, while the outputs are
    /// summarised, a sorted copy of each.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="trials">The trials.</param>
    /// <param name="command">What is estimated, for messages (default "simulate").</param>
    public static WorkEstimate Estimate(Scenario scenario, int trials, string command = "simulate")
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new WorkEstimate(command, trials, trials, 2.0 * (scenario.Streams.Count + 1) * WorkEstimate.DoubleBytes * trials);
    }

    /// <inheritdoc />
    public string? Origin => _scenario.File;

    /// <inheritdoc />
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _scenario.Correlations;

    /// <inheritdoc />
    public string Fingerprint => _scenario.Hash;

    /// <summary>
    /// The exact expectation of a stream: E[multiplier] · Σ E[component]. Null when the multiplier is
    /// rank-correlated with an input of the stream (the expectation of the product is then not the
    /// product of expectations, and no closed form is claimed).
    /// </summary>
    public double? ExpectedValue(string stream)
    {
        var s = _scenario.Streams.FirstOrDefault(x => x.Name == stream)
            ?? throw new ArgumentException($"The scenario has no stream named \"{stream}\".", nameof(stream));
        var sum = s.Components.Sum(c => c.ExpectedValue);
        if (s.Multiplier is null)
        {
            return sum;
        }

        var own = s.Components.SelectMany(c => c.Inputs).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var coupled = _scenario.Correlations.Any(c =>
            (c.First == s.Multiplier.Name && own.Contains(c.Second)) || (c.Second == s.Multiplier.Name && own.Contains(c.First)));
        return coupled ? null : s.Multiplier.Distribution.Mean * sum;
    }

    /// <summary>E[total] = Σ streams' expectations, or null when any stream has none.</summary>
    public double? ExpectedTotal()
    {
        var total = 0.0;
        foreach (var s in _scenario.Streams)
        {
            if (ExpectedValue(s.Name) is not { } e)
            {
                return null;
            }

            total += e;
        }

        return total;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var total = block.Output(_scenario.Streams.Count);
        total.Clear();
        for (var s = 0; s < _scenario.Streams.Count; s++)
        {
            var stream = _scenario.Streams[s];
            var output = block.Output(s);
            output.Clear();
            foreach (var component in stream.Components)
            {
                component.AddBlock(block, output);
            }

            if (stream.Multiplier is not null)
            {
                var m = block.Input(stream.Multiplier.Name);
                for (var t = 0; t < output.Length; t++)
                {
                    output[t] *= m[t];
                }
            }

            for (var t = 0; t < output.Length; t++)
            {
                total[t] += output[t];
            }
        }
    }
}
