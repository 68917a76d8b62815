using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;
using Analytics.TestSupport;
using CsCheck;

namespace Analytics.Tests.Decomposition;

/// <summary>The shipped plan's decomposition against figures computed by hand from the seed and the stated assumptions.</summary>
public class PlanDecomposerTests
{
    private static readonly PlanDecomposition D = PlanDecomposer.Decompose(Plans.Shipped);

    [Theory]
    [InlineData("company", 5000)]
    [InlineData("repurchase", 1800)]
    [InlineData("new_customers", 2200)]
    [InlineData("new_product", 1000)]
    [InlineData("nc_3c", 800)]
    [InlineData("nc_lithium", 700)]
    [InlineData("nc_packaging", 700)]
    [InlineData("np_lithium", 1000)]
    public void Decompose_SeedTables_AmountsAsStated(string id, double amount)
        => Assert.Equal((decimal)amount, D.AmountOf(id));

    [Fact]
    public void MonthsOf_Q4_OctoberToDecemberOf28PercentOf5000()
        => Assert.Equal([467m, 467m, 466m], D.MonthsOf(4)); // 1400 / 3 by largest remainder

    [Theory]
    // 800 x 0.55 / 0.45; 700 x 0.40 / 0.35 / 0.25; 700 x 0.55 / 0.45; 1000 x 0.40 / 0.35 / 0.25; 1800 x 0.30 / 0.20 / 0.25 / 0.10 / 0.15.
    [InlineData("nc_3c_prd", 440)]
    [InlineData("nc_3c_yrd", 360)]
    [InlineData("nc_lithium_jx", 280)]
    [InlineData("nc_lithium_sc", 245)]
    [InlineData("nc_lithium_gd", 175)]
    [InlineData("nc_packaging_sd", 385)]
    [InlineData("nc_packaging_ha", 315)]
    [InlineData("np_lithium_jx", 400)]
    [InlineData("np_lithium_sc", 350)]
    [InlineData("np_lithium_gd", 250)]
    [InlineData("rp_south", 540)]
    [InlineData("rp_east", 360)]
    [InlineData("rp_central", 450)]
    [InlineData("rp_southwest", 180)]
    [InlineData("rp_north", 270)]
    public void Decompose_RegionalSplits_ShareTimesParent(string id, double amount)
        => Assert.Equal((decimal)amount, D.AmountOf(id));

    [Fact]
    public void Decompose_EveryParent_ChildrenAddUpExactly()
    {
        foreach (var node in D.Root.Descendants().Where(n => !n.IsLeaf))
        {
            Assert.Equal(node.Amount, node.Children.Sum(c => c.Amount));
        }
    }

    [Theory]
    // director: company overlay 5000 (new product inside it); industry managers: their industry;
    // regional managers: repurchase region + overlay on new-customer areas in the region
    // (south 540 + 440 + 175, east 360 + 360, central 450 + 280 + 315, southwest 180 + 245, north 270 + 385);
    // channel specialists: their partners (120 + 80 + 100 + 70 + 60; 50 + 130 + 90 + 110 + 70).
    [InlineData("director", 5000, 1000)]
    [InlineData("im_3c", 800, 800)]
    [InlineData("im_lithium", 700, 700)]
    [InlineData("im_packaging", 700, 700)]
    [InlineData("rm_south", 1155, 540)]
    [InlineData("rm_east", 720, 360)]
    [InlineData("rm_central", 1045, 450)]
    [InlineData("rm_southwest", 425, 180)]
    [InlineData("rm_north", 655, 270)]
    [InlineData("ch_1", 430, 0)]
    [InlineData("ch_2", 450, 0)]
    public void Decompose_People_PersonalAndOwnerTargets(string person, double total, double owner)
    {
        var p = D.People.Single(x => x.Person.Id == person);
        Assert.Equal((decimal)total, p.Total);
        Assert.Equal((decimal)owner, p.OwnerTotal);
        Assert.Equal(p.Total, p.Phased.Quarters.Sum());
    }

    [Fact]
    public void Decompose_OverAssignment_SumOfPersonalTargetsOverCompanyTarget()
    {
        // 5000 + (800 + 700 + 700) + (1155 + 720 + 1045 + 425 + 655) + (430 + 450) = 12080.
        Assert.Equal(12080m, D.PersonalTotal);
        Assert.Equal(2.416m, D.OverAssignmentRatio);
        Assert.Equal(5000m, D.OwnerTotal);
    }

    [Fact]
    public void Decompose_RandomTrees_EveryShareSplitAddsUpExactly()
    {
        var gen = Gen.Select(Gen.Int[0, 10_000_000].Select(c => c / 100m), Gen.Int[1, 1_000].Array[1, 6].Array[BusinessLines.MinLines, 6], Gen.OneOf(0.01m, 1m));
        gen.Sample(c =>
        {
            var (targets, _) = RandomTree(c.Item1, c.Item2);
            var plan = Plans.Shipped.With(facts: Plans.Shipped.Facts, targets: targets, assignments: [], channelPartners: []);
            var d = PlanDecomposer.Decompose(plan);
            Assert.Equal(c.Item1, d.Root.Amount);
            foreach (var node in d.Root.Descendants().Where(n => !n.IsLeaf))
            {
                Assert.Equal(node.Amount, node.Children.Sum(ch => ch.Amount));
            }
        }, iter: 300);
    }

    /// <summary>A company node, 2 to 6 lines under it (a plan has at least two), and regions under each line, all split by random positive weights.</summary>
    private static (List<TargetNode>, int) RandomTree(decimal total, int[][] weights)
    {
        var nodes = new List<TargetNode> { new("company", null, TargetLevel.Company, null, null, "公司", "Company", total, null, SourceLocation.None) };
        var lineWeights = weights.Select(w => (decimal)w.Sum()).ToArray();
        var lineSum = lineWeights.Sum();
        for (var l = 0; l < weights.Length; l++)
        {
            var lineShare = decimal.Round(lineWeights[l] / lineSum, 6);
            nodes.Add(new TargetNode($"l{l}", "company", TargetLevel.Line, null, null, "線", "Line", null, lineShare, SourceLocation.None, kind: LineKind.Other));
            for (var r = 0; r < weights[l].Length; r++)
            {
                nodes.Add(new TargetNode($"l{l}r{r}", $"l{l}", TargetLevel.Region, null, "south", "區", "Region", null, weights[l][r] / 1000m, SourceLocation.None));
            }
        }

        return (nodes, nodes.Count);
    }
}
