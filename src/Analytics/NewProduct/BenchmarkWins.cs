using Analytics.Common;

namespace Analytics.NewProduct;

/// <summary>
/// How many of n benchmark prospects are won when each is won independently with its own probability:
/// the Poisson-binomial distribution, computed exactly by adding one prospect at a time
/// (P_j(k) = P_{j-1}(k) (1 - p_j) + P_{j-1}(k - 1) p_j). With equal probabilities it is the binomial;
/// the seed's 3 prospects at 0.35 give P(none) = 0.65^3 = 0.2746, so the followers that need
/// "at least one" come with probability 0.7254.
/// </summary>
public sealed record BenchmarkWins
{
    private readonly double[] _probabilities;
    private readonly double[] _pmf;

    /// <summary>Creates the distribution.</summary>
    /// <param name="probabilities">Each prospect's probability of being won, in [0, 1]; 1 to 1000 prospects.</param>
    public BenchmarkWins(IReadOnlyList<double> probabilities)
    {
        Preconditions.NotEmpty(probabilities);
        Preconditions.InRange(probabilities.Count, 1, 1000, "probabilities.Count");
        Preconditions.EachProbability(probabilities);

        _probabilities = probabilities.ToArray();
        _pmf = new double[_probabilities.Length + 1];
        _pmf[0] = 1.0;
        for (var j = 0; j < _probabilities.Length; j++)
        {
            var p = _probabilities[j];
            for (var k = j + 1; k >= 1; k--)
            {
                _pmf[k] = (_pmf[k] * (1.0 - p)) + (_pmf[k - 1] * p);
            }

            _pmf[0] *= 1.0 - p;
        }
    }

    /// <summary>n prospects each won with <paramref name="probability"/>: the binomial case.</summary>
    /// <param name="prospects">n, in [1, 1000].</param>
    /// <param name="probability">p, in [0, 1].</param>
    public static BenchmarkWins Equal(int prospects, double probability)
    {
        Preconditions.InRange(prospects, 1, 1000);
        Preconditions.Probability(probability);
        return new BenchmarkWins(Enumerable.Repeat(probability, prospects).ToArray());
    }

    /// <summary>The prospects' probabilities, in the order given.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <summary>n, the number of prospects.</summary>
    public int Prospects => _probabilities.Length;

    /// <summary>P(K = k) for k = 0..n.</summary>
    public IReadOnlyList<double> Distribution => _pmf;

    /// <summary>E[K] = sum p_j.</summary>
    public double Mean => _probabilities.Sum();

    /// <summary>Var[K] = sum p_j (1 - p_j).</summary>
    public double Variance => _probabilities.Sum(p => p * (1.0 - p));

    /// <summary>P(K = <paramref name="wins"/>); 0 outside 0..n.</summary>
    public double Probability(int wins) => wins < 0 || wins > Prospects ? 0.0 : _pmf[wins];

    /// <summary>P(K &gt;= <paramref name="wins"/>); 1 for wins &lt;= 0, 0 beyond n.</summary>
    public double AtLeast(int wins)
        => wins <= 0 ? 1.0 : wins > Prospects ? 0.0 : Math.Min(1.0, _pmf.Skip(wins).Sum());
}
