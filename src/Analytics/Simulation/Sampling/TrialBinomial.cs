using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Sampling;

/// <summary>
/// Per-trial counts K_t ~ Binomial(n, p_t) where p is an engine input drawn once per trial (n
/// customers who each renew, n prospects who each buy). With a constant p the counts come from a
/// guide table; either way each trial uses one uniform of the named stream (inversion), so a
/// higher p never gives a trial fewer successes: scenarios that differ in p stay coupled.
/// </summary>
public sealed class TrialBinomial
{
    private readonly ulong _key;
    private readonly Binomial? _fixed;

    /// <summary>Creates the sampler.</summary>
    /// <param name="stream">The stream's name, e.g. "repurchase.tierA.renewals".</param>
    /// <param name="n">Number of independent trials per simulated trial (&gt;= 0).</param>
    /// <param name="probability">The success probability input (values in [0, 1]).</param>
    public TrialBinomial(string stream, int n, ScalarInput probability)
    {
        ArgumentNullException.ThrowIfNull(probability);
        _key = RandomStreams.Key(stream);
        N = n;
        Probability = probability;
        if (probability.Distribution is Constant p)
        {
            _fixed = new Binomial(n, p.Value);
        }
    }

    /// <summary>Number of independent trials.</summary>
    public int N { get; }

    /// <summary>The success probability input.</summary>
    public ScalarInput Probability { get; }

    /// <summary>Fills <paramref name="counts"/> (one per trial of the block).</summary>
    public void Sample(BlockContext block, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(block);
        var rng = block.Stream(_key);
        if (_fixed is not null)
        {
            _fixed.SampleCounts(ref rng, counts);
            return;
        }

        var p = block.Input(Probability.Name);
        for (var t = 0; t < counts.Length; t++)
        {
            counts[t] = Binomial.Sample(ref rng, N, p[t]);
        }
    }
}
