using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Correlation;

/// <summary>
/// Iman and Conover's (1982) method, applied block by block: the draws of each correlated input
/// are reordered (never changed) so that their ranks follow those of van der Waerden scores whose
/// correlation matrix is exactly the target. Marginal distributions stay exact; Spearman targets
/// are converted to normal-score correlations by 2 sin(πρ/6), and a target matrix that is not
/// positive definite is replaced by the nearest one that is.
/// </summary>
internal sealed class ImanConover
{
    private static readonly ulong ShuffleKey = RandomStreams.Key("#iman-conover");

    private readonly int[] _columns;
    private readonly double[,] _targetFactor;
    private readonly (int A, int B)[] _pairs;
    private readonly Dictionary<int, double[]> _scores = [];

    private ImanConover(int[] columns, double[,] targetFactor, (int A, int B)[] pairs, IReadOnlyList<CorrelationReport> plan, IEnumerable<int> blockSizes)
    {
        _columns = columns;
        _targetFactor = targetFactor;
        _pairs = pairs;
        Plan = plan;
        foreach (var size in blockSizes.Distinct())
        {
            _scores[size] = Scores(size);
        }
    }

    /// <summary>The requested and used coefficients, one per requested pair (Achieved not yet known: NaN).</summary>
    public IReadOnlyList<CorrelationReport> Plan { get; }

    /// <summary>The plan for the correlations among <paramref name="inputs"/>, or null when there are none to impose.</summary>
    /// <param name="inputs">The model's inputs.</param>
    /// <param name="correlations">Requested correlations (names already checked against the inputs).</param>
    /// <param name="blockSizes">The block sizes that will occur (scores are precomputed for each).</param>
    public static ImanConover? Create(IReadOnlyList<ScalarInput> inputs, IReadOnlyList<RankCorrelation> correlations, IEnumerable<int> blockSizes)
    {
        // Constant inputs (e.g. one held at a quantile for sensitivity) cannot be reordered: left out.
        var active = correlations
            .Where(c => !Find(inputs, c.First).Distribution.IsConstant && !Find(inputs, c.Second).Distribution.IsConstant)
            .ToArray();
        if (active.Length == 0)
        {
            return null;
        }

        var names = active.SelectMany(c => new[] { c.First, c.Second }).Distinct(StringComparer.Ordinal).ToList();
        var k = names.Count;
        var target = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            target[i, i] = 1;
        }

        var pairs = new (int, int)[active.Length];
        for (var p = 0; p < active.Length; p++)
        {
            var (a, b) = (names.IndexOf(active[p].First), names.IndexOf(active[p].Second));
            target[a, b] = target[b, a] = CorrelationMatrix.PearsonFromSpearman(active[p].Coefficient);
            pairs[p] = (a, b);
        }

        var factor = CorrelationMatrix.Cholesky(target);
        if (factor is null)
        {
            target = CorrelationMatrix.NearestPositiveDefinite(target);
            factor = CorrelationMatrix.Cholesky(target)!;
        }

        var plan = active
            .Select((c, p) => new CorrelationReport(c.First, c.Second, c.Coefficient, CorrelationMatrix.SpearmanFromPearson(target[pairs[p].Item1, pairs[p].Item2]), double.NaN))
            .ToArray();
        var columns = names.Select(n => inputs.Select((input, i) => (input, i)).First(p => p.input.Name == n).i).ToArray();
        return new ImanConover(columns, factor, pairs, plan, blockSizes);
    }

    /// <summary>Reorders the block's correlated input columns; writes each pair's achieved Spearman rho to <paramref name="achieved"/>.</summary>
    public void Apply(BlockContext block, Span<double> achieved)
    {
        var n = block.Count;
        var k = _columns.Length;
        var scores = _scores[n];
        var rng = block.Stream(ShuffleKey);

        // R: one random permutation of the scores per input.
        var r = block.RentDoubles(k * n);
        for (var j = 0; j < k; j++)
        {
            var column = r.Slice(j * n, n);
            scores.CopyTo(column);
            for (var i = n - 1; i > 0; i--)
            {
                var swap = (int)UniformInteger.Below(ref rng, (ulong)(i + 1));
                (column[i], column[swap]) = (column[swap], column[i]);
            }
        }

        // T = R (P Q⁻¹)ᵀ has correlation exactly P Pᵀ (Q Qᵀ = corr(R)); fall back to no reordering
        // in the (almost impossible) case that R's correlation is singular.
        var q = CorrelationMatrix.Cholesky(SampleCorrelation(r, k, n));
        var t = block.RentDoubles(k * n);
        if (q is null)
        {
            r.CopyTo(t);
        }
        else
        {
            var m = Multiply(_targetFactor, InverseLower(q));
            for (var j = 0; j < k; j++)
            {
                var target = t.Slice(j * n, n);
                for (var l = 0; l <= j; l++)
                {
                    var weight = m[j, l];
                    var source = r.Slice(l * n, n);
                    for (var i = 0; i < n; i++)
                    {
                        target[i] += weight * source[i];
                    }
                }
            }
        }

        // Give input j the ranks of T's column j, and keep its ranks for the achieved correlation.
        var ranks = block.RentDoubles(k * n);
        var order = block.RentInts(n);
        var sorted = block.RentDoubles(n);
        var keys = block.RentDoubles(n);
        for (var j = 0; j < k; j++)
        {
            var column = block.InputColumn(_columns[j]);
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            t.Slice(j * n, n).CopyTo(keys);
            keys.Sort(order);
            column.CopyTo(sorted);
            sorted.Sort();
            for (var s = 0; s < n; s++)
            {
                column[order[s]] = sorted[s];
            }

            Ranks.OfSorted(sorted, order, ranks.Slice(j * n, n));
        }

        for (var p = 0; p < _pairs.Length; p++)
        {
            achieved[p] = Ranks.Pearson(ranks.Slice(_pairs[p].A * n, n), ranks.Slice(_pairs[p].B * n, n));
        }
    }

    private static ScalarInput Find(IReadOnlyList<ScalarInput> inputs, string name) => inputs.First(i => i.Name == name);

    // Van der Waerden scores Φ⁻¹(i / (n + 1)), i = 1..n.
    private static double[] Scores(int n)
    {
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = StandardNormal.InverseCdf((i + 1.0) / (n + 1));
        }

        return scores;
    }

    private static double[,] SampleCorrelation(Span<double> columns, int k, int n)
    {
        var c = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                c[a, b] = c[b, a] = a == b ? 1 : Ranks.Pearson(columns.Slice(a * n, n), columns.Slice(b * n, n));
            }
        }

        return c;
    }

    private static double[,] InverseLower(double[,] l)
    {
        var k = l.GetLength(0);
        var inverse = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            inverse[j, j] = 1 / l[j, j];
            for (var i = j + 1; i < k; i++)
            {
                var sum = 0.0;
                for (var m = j; m < i; m++)
                {
                    sum -= l[i, m] * inverse[m, j];
                }

                inverse[i, j] = sum / l[i, i];
            }
        }

        return inverse;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var k = a.GetLength(0);
        var c = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                for (var m = 0; m < k; m++)
                {
                    c[i, j] += a[i, m] * b[m, j];
                }
            }
        }

        return c;
    }
}
