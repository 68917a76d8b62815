using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Sampling;

/// <summary>
/// Per-trial counts K_t ~ Binomial(n, p_t) where p is an engine input drawn once per trial (n
/// customers who each renew, n prospects who each buy). Trial t of a block takes the t-th uniform
/// of the named stream, whatever the other trials' p, and when n·min(p_t, 1 − p_t) &lt;
/// <see cref="Binomial.InversionLimit"/> its count is that uniform inverted (a guide table when p
/// is constant): for the same seed a higher p_t never gives trial t fewer successes, so scenarios
/// that differ in p stay coupled trial by trial. Above the limit the trial draws by rejection from
/// its own sub-stream (seeded by output t of a SplitMix64 sequence, as in <see cref="CompoundSum"/>):
/// its count still depends on no other trial's p, but two values of p are then coupled only in
/// distribution.
/// </summary>
public sealed class TrialBinomial
{
    private readonly ulong _key;
    private readonly ulong _rejectionKey;
    private readonly Binomial? _fixed;

    /// <summary>Creates the sampler.</summary>
    /// <param name="stream">The stream's name, e.g. "repurchase.tierA.renewals".</param>
    /// <param name="n">Number of independent trials per simulated trial (&gt;= 0).</param>
    /// <param name="probability">The success probability input (values in [0, 1]).</param>
    public TrialBinomial(string stream, int n, ScalarInput probability)
    {
        ArgumentNullException.ThrowIfNull(probability);
        _key = RandomStreams.Key(stream);
        _rejectionKey = RandomStreams.Key(stream + "/rejection");
        N = n;
        Probability = probability;
        if (probability.Distribution is Constant p && Binomial.IsInvertible(n, p.Value))
        {
            _fixed = new Binomial(n, p.Value); // its guide table inverts the same uniforms
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
        var rejectionSeed = block.StreamSeed(_rejectionKey);
        for (var t = 0; t < counts.Length; t++)
        {
            counts[t] = Binomial.SampleCoupled(rng.NextDouble(), rejectionSeed, t, N, p[t]);
        }
    }
}
