using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.TestSupport;

namespace Analytics.Tests.Simulation.Correlation;

public class ImanConoverTests
{
    private static readonly ScalarInput[] TwoUniforms = [new("a", new Uniform(0, 1)), new("b", new Uniform(0, 1)), new("c", new Uniform(0, 1))];

    /// <summary>A block of <paramref name="n"/> trials whose input columns hold independent uniform draws from <paramref name="seed"/>.</summary>
    private static BlockContext Block(IReadOnlyList<ScalarInput> inputs, int n, ulong seed = 11, long blockIndex = 0)
    {
        var block = new BlockContext(seed, inputs, [], n);
        block.Begin(blockIndex, blockIndex * n, n);
        var rng = new Xoshiro256StarStar(seed + (ulong)blockIndex);
        for (var i = 0; i < inputs.Count; i++)
        {
            var column = block.InputColumn(i);
            for (var t = 0; t < n; t++)
            {
                column[t] = rng.NextDouble();
            }
        }

        return block;
    }

    private static double[][] Columns(BlockContext block, int count) => [.. Enumerable.Range(0, count).Select(i => block.Input(i).ToArray())];

    [Fact]
    public void Create_NoCorrelations_Null() => Assert.Null(ImanConover.Create(TwoUniforms, [], [100]));

    [Fact]
    public void Create_PairWithAConstantInput_Null()
    {
        ScalarInput[] inputs = [new("a", new Uniform(0, 1)), ScalarInput.Fixed("b", 3)];
        Assert.Null(ImanConover.Create(inputs, [new RankCorrelation("a", "b", 0.5)], [100]));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.3)]
    [InlineData(0.95)]
    public void Create_OnePair_PlanUsesTheRequestedCoefficient(double rho)
    {
        var correlation = ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", rho)], [100])!;
        var report = Assert.Single(correlation.Plan);
        Assert.Equal(("a", "b", rho), (report.First, report.Second, report.Requested));
        // 2 sin(πρ/6) and back: the same coefficient, since a 2×2 matrix with |r| < 1 is positive definite.
        Assert.Equal(rho, report.Used, 12);
        Assert.True(double.IsNaN(report.Achieved));
    }

    [Fact]
    public void Create_ContradictoryTargets_NearestPositiveDefiniteUsed()
    {
        // a~b and b~c strongly positive but a~c strongly negative: no correlation matrix has all three.
        RankCorrelation[] requested = [new("a", "b", 0.9), new("b", "c", 0.9), new("a", "c", -0.9)];
        var plan = ImanConover.Create(TwoUniforms, requested, [100])!.Plan;
        Assert.Equal([0.9, 0.9, -0.9], plan.Select(p => p.Requested));
        Assert.All(plan, p => Assert.NotEqual(p.Requested, p.Used, 3));
        var used = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            used[i, i] = 1;
        }

        foreach (var (p, (i, j)) in plan.Zip(new[] { (0, 1), (1, 2), (0, 2) }))
        {
            used[i, j] = used[j, i] = CorrelationMatrix.PearsonFromSpearman(p.Used);
        }

        Assert.NotNull(CorrelationMatrix.Cholesky(used));
    }

    [Fact]
    public void Apply_OnePair_EachColumnKeepsItsValues()
    {
        const int n = 1000;
        var block = Block(TwoUniforms, n);
        var before = Columns(block, 3);
        var correlation = ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", 0.6)], [n])!;
        correlation.Apply(block, new double[1]);
        var after = Columns(block, 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(before[i].Order(), after[i].Order());
        }

        // The input outside every pair is not touched at all.
        Assert.Equal(before[2], after[2]);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(-0.4)]
    [InlineData(0.0)]
    public void Apply_OnePair_AchievedIsTheColumnsSpearmanNearTheTarget(double rho)
    {
        const int n = 2000;
        var block = Block(TwoUniforms, n);
        var achieved = new double[1];
        ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", rho)], [n])!.Apply(block, achieved);
        var columns = Columns(block, 2);
        Assert.Equal(Ranks.Spearman(columns[0], columns[1]), achieved[0], 12);
        // Independent uniforms would give |rho| about 1/sqrt(n) = 0.022 by chance; the reordering
        // imposes the target far more closely than that.
        Assert.Equal(rho, achieved[0], 0.02);
    }

    [Fact]
    public void Apply_ThreePairs_EachAchievedNearItsTarget()
    {
        const int n = 5000;
        RankCorrelation[] requested = [new("a", "b", 0.5), new("b", "c", 0.3), new("a", "c", 0.2)];
        var block = Block(TwoUniforms, n);
        var achieved = new double[3];
        ImanConover.Create(TwoUniforms, requested, [n])!.Apply(block, achieved);
        var c = Columns(block, 3);
        Assert.Equal([Ranks.Spearman(c[0], c[1]), Ranks.Spearman(c[1], c[2]), Ranks.Spearman(c[0], c[2])], achieved, new Near(1e-12));
        Assert.Equal([0.5, 0.3, 0.2], achieved, new Near(0.02));
    }

    [Fact]
    public void Apply_SameSeedAndBlock_SameOrder()
    {
        const int n = 500;
        var correlation = ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", 0.7)], [n])!;
        var first = Block(TwoUniforms, n);
        var second = Block(TwoUniforms, n);
        correlation.Apply(first, new double[1]);
        correlation.Apply(second, new double[1]);
        Assert.Equal(Columns(first, 2), Columns(second, 2));
    }

    [Fact]
    public void Apply_OtherBlockIndex_OtherShuffle()
    {
        const int n = 500;
        var correlation = ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", 0.7)], [n])!;
        var first = Block(TwoUniforms, n, blockIndex: 0);
        var second = Block(TwoUniforms, n, blockIndex: 1);
        // The same draws in both blocks: only the block's own shuffle stream differs.
        Columns(first, 3).Select((column, i) => (column, i)).ToList().ForEach(p => p.column.CopyTo(second.InputColumn(p.i)));
        correlation.Apply(first, new double[1]);
        correlation.Apply(second, new double[1]);
        Assert.NotEqual(Columns(first, 2), Columns(second, 2));
    }

    [Fact]
    public void Apply_ShortLastBlock_UsesItsOwnScores()
    {
        var correlation = ImanConover.Create(TwoUniforms, [new RankCorrelation("a", "b", 0.8)], [1000, 37])!;
        var block = Block(TwoUniforms, 37);
        var achieved = new double[1];
        correlation.Apply(block, achieved);
        var columns = Columns(block, 2);
        Assert.Equal(Ranks.Spearman(columns[0], columns[1]), achieved[0], 12);
        Assert.True(achieved[0] > 0.5, $"achieved {achieved[0]} for a target of 0.8 over 37 trials");
    }
}
