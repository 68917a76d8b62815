using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Sampling;

/// <summary>
/// Draws a block's scalar inputs: each from its own stream (keyed by the input's name, so other
/// inputs keep their draws when one changes), plainly or by Latin hypercube, then imposes the rank
/// correlations.
/// </summary>
internal sealed class InputSampler
{
    private static readonly double BelowOne = Math.BitDecrement(1.0);

    private readonly IReadOnlyList<ScalarInput> _inputs;
    private readonly ulong[] _keys;
    private readonly SamplerKind _kind;
    private readonly ImanConover? _correlation;

    public InputSampler(IReadOnlyList<ScalarInput> inputs, SamplerKind kind, ImanConover? correlation)
    {
        _inputs = inputs;
        _keys = inputs.Select(i => RandomStreams.Key(i.Name)).ToArray();
        _kind = kind;
        _correlation = correlation;
    }

    /// <summary>Fills the block's input columns; writes each correlated pair's achieved rho to <paramref name="achieved"/>.</summary>
    public void Sample(BlockContext block, Span<double> achieved)
    {
        var n = block.Count;
        for (var i = 0; i < _inputs.Count; i++)
        {
            var column = block.InputColumn(i);
            var distribution = _inputs[i].Distribution;
            if (distribution.IsConstant)
            {
                column.Fill(distribution.InverseCdf(0.5));
                continue;
            }

            var rng = block.Stream(_keys[i]);
            if (_kind == SamplerKind.MonteCarlo)
            {
                distribution.Samples(ref rng, column);
                continue;
            }

            // Latin hypercube: stratum k of n holds probabilities [k/n, (k+1)/n); strata are dealt
            // to trials in a random order and each is sampled at a uniform point inside it.
            var strata = block.RentInts(n);
            for (var k = 0; k < n; k++)
            {
                strata[k] = k;
            }

            for (var k = n - 1; k > 0; k--)
            {
                var swap = (int)Distributions.UniformInteger.Below(ref rng, (ulong)(k + 1));
                (strata[k], strata[swap]) = (strata[swap], strata[k]);
            }

            for (var k = 0; k < n; k++)
            {
                var u = Math.Min((strata[k] + rng.NextOpenDouble()) / n, BelowOne);
                column[k] = distribution.InverseCdf(u);
            }
        }

        _correlation?.Apply(block, achieved);
    }
}
