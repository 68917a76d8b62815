using Analytics.NewProduct;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.NewProduct;

public class BenchmarkCascadeTests
{
    private static BenchmarkCascade Reference(ScalarInput? p = null)
        => new("newProduct.benchmarks", 3, p ?? ScalarInput.Fixed("newProduct.benchmarks.winProbability", 0.35), LogNormal.FromMeanCv(150, 0.3), new DiscreteUniform(5, 8), LogNormal.FromMeanCv(110, 0.5));

    [Fact]
    public void ExpectedValue_Reference_MatchesClosedForm()
        => Assert.Equal((3 * 0.35 * 150) + ((1 - Math.Pow(0.65, 3)) * 6.5 * 110), Reference().ExpectedValue, 1e-9);

    [Fact]
    public void AddBlock_Reference_MeanAndShareOfZeroTrialsMatch()
    {
        // The stream is 0 exactly when no benchmark is won: probability 0.65³ = 0.274625.
        var x = TestModels.Run(60_000, 7, Reference());
        var zeros = x.Count(v => v == 0) / (double)x.Length;
        var se = Math.Sqrt(0.274625 * (1 - 0.274625) / x.Length);
        Assert.InRange(zeros, 0.274625 - (4 * se), 0.274625 + (4 * se));
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => Math.Pow(v - mean, 2)) / x.Length);
        Assert.InRange(mean, 676.143125 - (4 * sd / Math.Sqrt(x.Length)), 676.143125 + (4 * sd / Math.Sqrt(x.Length)));
    }

    [Fact]
    public void AddBlock_FollowersOnlyAfterAWin_NoFollowerRevenueWithoutBenchmark()
    {
        // With benchmark orders worth exactly 0, any revenue comes from followers, which need a win:
        // P(revenue > 0) = 1 − 0.65³ and revenue is then 5 to 8 orders of 100.
        var cascade = new BenchmarkCascade("c", 3, ScalarInput.Fixed("c.p", 0.35), new Constant(0), new DiscreteUniform(5, 8), new Constant(100));
        var x = TestModels.Run(40_000, 8, cascade);
        Assert.All(x, v => Assert.Contains(v, new[] { 0.0, 500, 600, 700, 800 }));
        var share = x.Count(v => v > 0) / (double)x.Length;
        var se = Math.Sqrt(0.725375 * 0.274625 / x.Length);
        Assert.InRange(share, 0.725375 - (4 * se), 0.725375 + (4 * se));
    }

    [Fact]
    public void ExpectedValue_BetaWinProbability_UsesExactComplementPower()
    {
        // p ~ Beta(7, 13): E[(1 − p)³] = B(7, 16)/B(7, 13), computed here with MathNet's beta function.
        var cascade = Reference(new ScalarInput("newProduct.benchmarks.winProbability", new Beta(7, 13)));
        var none = Math.Exp(MathNet.Numerics.SpecialFunctions.BetaLn(7, 16) - MathNet.Numerics.SpecialFunctions.BetaLn(7, 13));
        Assert.Equal((3 * 0.35 * 150) + ((1 - none) * 6.5 * 110), cascade.ExpectedValue, 1e-9);
        var x = TestModels.Run(60_000, 9, cascade);
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => Math.Pow(v - mean, 2)) / x.Length);
        Assert.InRange(mean, cascade.ExpectedValue - (4 * sd / Math.Sqrt(x.Length)), cascade.ExpectedValue + (4 * sd / Math.Sqrt(x.Length)));
    }

    [Fact]
    public void ProbabilityOfAnyWin_UniformProbability_MatchesIntegral()
    {
        // p ~ U(0.2, 0.5): E[(1 − p)³] = [(0.8)⁴ − (0.5)⁴] / (4 · 0.3).
        var cascade = Reference(new ScalarInput("newProduct.benchmarks.winProbability", new Uniform(0.2, 0.5)));
        Assert.Equal(1 - ((Math.Pow(0.8, 4) - Math.Pow(0.5, 4)) / 1.2), cascade.ProbabilityOfAnyWin, 1e-10);
    }

    [Fact]
    public void Constructor_NegativeProspects_Throws()
        => Assert.Contains("prospects must be an integer >= 0; was -3", Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkCascade("c", -3, ScalarInput.Fixed("p", 0.3), new Constant(1), new Poisson(1), new Constant(1))).Message, StringComparison.Ordinal);

    [Fact]
    public void SampleWins_ValuesOnlyOfWonBenchmarks_TheCountTheRevenueIsBuiltOn()
    {
        // Benchmarks worth 10 each and no followers: the revenue is 10 × the wins SampleWins gives for the same block.
        var cascade = new BenchmarkCascade("c", 3, new ScalarInput("c.p", new Beta(7, 13)), new Constant(10), new DiscreteUniform(0, 0), new Constant(0));
        var model = new CountingModel(cascade);
        var run = SimulationEngine.Run(model, new SimulationOptions(4096, seed: 3, threads: 1));
        var revenue = run.Samples("revenue").ToArray();
        var wins = run.Samples("wins").ToArray();
        Assert.All(Enumerable.Range(0, revenue.Length), t => Assert.Equal(10 * wins[t], revenue[t]));
        Assert.InRange(wins.Average(), 1.05 - 0.05, 1.05 + 0.05);
    }

    private sealed class CountingModel(BenchmarkCascade cascade) : ITrialModel
    {
        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("revenue", null), new("wins", null)];

        public IReadOnlyList<ScalarInput> Inputs => cascade.Inputs;

        public IReadOnlyList<Analytics.Simulation.Correlation.RankCorrelation> Correlations => [];

        public string Fingerprint => "counting";

        public void SimulateBlock(BlockContext block)
        {
            var revenue = block.Output(0);
            revenue.Clear();
            cascade.AddBlock(block, revenue);
            var wins = block.RentInts(block.Count);
            cascade.SampleWins(block, wins);
            var output = block.Output(1);
            for (var t = 0; t < wins.Length; t++)
            {
                output[t] = wins[t];
            }
        }
    }
}
