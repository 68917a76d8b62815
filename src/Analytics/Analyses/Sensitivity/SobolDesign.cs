using Analytics.Common;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// Saltelli's design for first- and total-order Sobol indices of a trial model whose named inputs
/// are taken as independent: N (D + 2) model runs for D uncertain inputs. Each input's columns of
/// A and B are drawn from its own distribution (its own stream, so a new input leaves the others'
/// draws alone); constant inputs stay constant. Internal randomness that is not a named input
/// (order counts and values, wins) is held common across a row of the design: A_j and every
/// A_B^i_j see the same draws and B_j independent ones (<see cref="DesignRunner"/>), so the total
/// index of an input measures only what changing that input changes, and the indices leave out the
/// variance that comes from internal randomness alone (they do not add up to 1; the rest is that
/// noise and interactions).
/// </summary>
public static class SobolDesign
{
    /// <summary>Runs the design and returns the indices of every uncertain input for each output named in <paramref name="outputs"/>.</summary>
    /// <param name="model">The model (its correlations are ignored: the indices assume independent inputs).</param>
    /// <param name="outputs">Output names and, for each, an optional threshold: with one, the output analysed is the indicator output &gt;= threshold.</param>
    /// <param name="samples">N, the rows of A and of B: 16 to 1,000,000 (e.g. 8192).</param>
    /// <param name="seed">The seed of the design and of the model's internal randomness.</param>
    /// <param name="bootstrap">Bootstrap replicates for the intervals (default 500).</param>
    /// <param name="threads">Worker threads (default: the processor count); never changes results.</param>
    /// <returns>Per requested output (in the order given), the indices of the uncertain inputs in the model's input order; empty for an output that does not vary over the design (e.g. a target every run hits or every run misses), whose indices are undefined.</returns>
    public static IReadOnlyList<IReadOnlyList<SobolIndex>> Run(ITrialModel model, IReadOnlyList<(string Output, double? Threshold)> outputs, int samples, ulong seed, int bootstrap = 500, int? threads = null)
    {
        Preconditions.NotNull(model);
        Preconditions.NotEmpty(outputs);
        Preconditions.InRange(samples, 16, 1_000_000);
        var n = samples;
        var inputs = model.Inputs;
        var uncertain = Enumerable.Range(0, inputs.Count).Where(i => !inputs[i].Distribution.IsConstant).ToArray();
        if (uncertain.Length == 0)
        {
            throw new ArgumentException("the model has no uncertain input: there is nothing to apportion.", nameof(model));
        }

        var indices = outputs.Select(o => model.Outputs.Select((m, i) => (m, i)).FirstOrDefault(p => p.m.Name == o.Output) is { m: not null } p
            ? p.i
            : throw new ArgumentException($"outputs names \"{o.Output}\", which the model does not have; it has: {string.Join(", ", model.Outputs.Select(m => m.Name))}.", nameof(outputs))).ToArray();

        var a = Draw(inputs, n, seed, "A");
        var b = Draw(inputs, n, seed, "B");
        var d = uncertain.Length;
        var rows = n * (d + 2);
        var columns = inputs.Select(_ => new double[rows]).ToArray();
        var noise = new long[rows];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                columns[i][j] = a[i][j];
                columns[i][n + j] = b[i][j];
            }

            noise[j] = j;
            noise[n + j] = n + j; // B gets its own noise
            for (var k = 0; k < d; k++)
            {
                var row = ((k + 2) * n) + j;
                for (var i = 0; i < inputs.Count; i++)
                {
                    columns[i][row] = i == uncertain[k] ? b[i][j] : a[i][j];
                }

                noise[row] = j; // A_B^k shares A's noise
            }
        }

        var results = DesignRunner.Run(model, columns, noise, seed, threads);
        var names = uncertain.Select(i => inputs[i].Name).ToArray();
        return outputs.Select((o, r) =>
        {
            var y = results[indices[r]];
            if (o.Threshold is { } threshold)
            {
                y = y.Select(v => v >= threshold ? 1.0 : 0.0).ToArray();
            }

            var fAB = Enumerable.Range(0, d).Select(k => y.AsSpan((k + 2) * n, n).ToArray()).ToArray();
            return SobolEstimator.TryEstimate(names, y.AsSpan(0, n), y.AsSpan(n, n), fAB, bootstrap, seed) ?? [];
        }).ToArray();
    }

    private static double[][] Draw(IReadOnlyList<ScalarInput> inputs, int n, ulong seed, string matrix)
    {
        return inputs.Select(input =>
        {
            var column = new double[n];
            var rng = new Xoshiro256StarStar(RandomStreams.Seed(seed, 0, RandomStreams.Key("sobol." + matrix + "." + input.Name)));
            input.Distribution.Samples(ref rng, column);
            return column;
        }).ToArray();
    }
}
