using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.NewProduct;

/// <summary>
/// A new product's reference-customer effect: n benchmark prospects, each won independently with
/// probability p; each won benchmark orders ~ <see cref="BenchmarkValue"/>. If at least one
/// benchmark is won, followers N_f ~ <see cref="Followers"/> each order ~ <see cref="FollowerValue"/>;
/// if none is won there are no followers.
/// </summary>
public sealed class BenchmarkCascade : ITrialComponent
{
    private readonly TrialBinomial _wins;
    private readonly ulong _benchmarkValuesKey;
    private readonly ulong _followersKey;
    private readonly ulong _followerValuesKey;

    /// <summary>Creates the cascade.</summary>
    /// <param name="name">The component's name and stream prefix, e.g. "newProduct.benchmarks".</param>
    /// <param name="prospects">Benchmark prospects n: an integer &gt;= 0.</param>
    /// <param name="winProbability">Probability p of winning each benchmark, drawn once per trial: a constant or a distribution on [0, 1].</param>
    /// <param name="benchmarkValue">Value of a won benchmark's order (萬元): a distribution on [0, ∞).</param>
    /// <param name="followers">Followers when at least one benchmark is won: a count distribution (e.g. uniform on 5..8).</param>
    /// <param name="followerValue">Value of a follower's order (萬元): a distribution on [0, ∞).</param>
    public BenchmarkCascade(string name, int prospects, ScalarInput winProbability, Distribution benchmarkValue, CountDistribution followers, Distribution followerValue)
    {
        Name = Preconditions.NotBlank(name);
        Prospects = Preconditions.NonNegative(prospects);
        WinProbability = InputChecks.Probability(winProbability, nameof(winProbability));
        BenchmarkValue = InputChecks.NonNegative(benchmarkValue, nameof(benchmarkValue));
        Followers = InputChecks.Count(followers, nameof(followers));
        FollowerValue = InputChecks.NonNegative(followerValue, nameof(followerValue));
        _wins = new TrialBinomial(name + ".wins", prospects, winProbability);
        _benchmarkValuesKey = RandomStreams.Key(name + ".benchmarkValues");
        _followersKey = RandomStreams.Key(name + ".followers");
        _followerValuesKey = RandomStreams.Key(name + ".followerValues");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Benchmark prospects n.</summary>
    public int Prospects { get; }

    /// <summary>The probability of winning each benchmark (an input drawn once per trial).</summary>
    public ScalarInput WinProbability { get; }

    /// <summary>The value of a won benchmark's order.</summary>
    public Distribution BenchmarkValue { get; }

    /// <summary>The number of followers once a benchmark is won.</summary>
    public CountDistribution Followers { get; }

    /// <summary>The value of a follower's order.</summary>
    public Distribution FollowerValue { get; }

    /// <summary>P(at least one benchmark won) = 1 − E[(1 − p)^n]: exact for a constant or Beta p, by quadrature otherwise.</summary>
    public double ProbabilityOfAnyWin
        => 1 - WinProbability.Distribution switch
        {
            Constant c => Math.Pow(1 - c.Value, Prospects),
            Beta b => b.ExpectedComplementPower(Prospects),
            var d => d.Expectation(p => Math.Pow(1 - p, Prospects)),
        };

    /// <summary>E[P] = n E[p] E[B] + (1 − E[(1 − p)^n]) E[N_f] E[V_f].</summary>
    public double ExpectedValue
        => (Prospects * WinProbability.Distribution.Mean * BenchmarkValue.Mean) + (ProbabilityOfAnyWin * Followers.Mean * FollowerValue.Mean);

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => [WinProbability];

    /// <inheritdoc />
    public void AddBlock(BlockContext block, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(block);
        var wins = block.RentInts(block.Count);
        SampleWins(block, wins);
        CompoundSum.Add(block, _benchmarkValuesKey, wins, BenchmarkValue, totals);

        // Followers are drawn in every trial (one draw each, so the stream stays aligned across
        // scenarios) and kept only where a benchmark was won: the same distribution as drawing them
        // only then.
        var followers = block.RentInts(block.Count);
        var followersRng = block.Stream(_followersKey);
        Followers.SampleCounts(ref followersRng, followers);
        for (var t = 0; t < followers.Length; t++)
        {
            followers[t] = wins[t] > 0 ? followers[t] : 0;
        }

        CompoundSum.Add(block, _followerValuesKey, followers, FollowerValue, totals);
    }

    /// <summary>
    /// Each trial's number of benchmarks won (0 to <see cref="Prospects"/>), the draws <see cref="AddBlock"/>
    /// makes in the same block: an analysis that conditions on benchmark accounts already won or lost
    /// reads them here, so the plain simulation does no extra work.
    /// </summary>
    /// <param name="block">The block (its win-probability input drawn).</param>
    /// <param name="wins">One count per trial of the block, written.</param>
    public void SampleWins(BlockContext block, Span<int> wins)
    {
        ArgumentNullException.ThrowIfNull(block);
        _wins.Sample(block, wins);
    }

    /// <inheritdoc />
    public ITrialComponent WithInput(ScalarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Name == WinProbability.Name
            ? new BenchmarkCascade(Name, Prospects, input, BenchmarkValue, Followers, FollowerValue)
            : this;
    }
}
