using Analytics.Analyses.Tracking;
using Analytics.TestSupport;

namespace Analytics.Tests.Analyses.Tracking;

public class RephasingTests
{
    private static YearToDate FirstQuarter()
        => YearToDateComparison.Of(Shipped.Decomposition, YearRecords.LineTotals([100m, 110m, 90m], [120m, 130m, 140m], [0m, 0m, 20m]));

    [Theory]
    [InlineData(RephaseMethod.PlanProportions)]
    [InlineData(RephaseMethod.Momentum)]
    public void Of_EveryLevel_AddsUpExactlyMonthByMonth(RephaseMethod method)
    {
        foreach (var ytd in new[] { FirstQuarter(), YearToDateComparison.Of(Shipped.Decomposition, YearRecords.ShippedActuals) })
        {
            var plan = Rephasing.Of(Shipped.Decomposition, ytd, method);
            Assert.Equal(ytd.Company.Target - ytd.Company.Actual!.Value, plan.Remaining);
            Assert.Equal(ytd.MonthsObserved + 1, plan.Company.FirstMonth);
            var rows = plan.Lines.Concat(plan.Nodes).ToDictionary(r => r.Id);
            var tree = Shipped.Decomposition;
            foreach (var parent in new[] { tree.Root }.Concat(tree.Root.Children.SelectMany(l => l.Descendants())).Where(t => !t.IsLeaf))
            {
                var months = parent.Node.Id == tree.Root.Node.Id ? plan.Company.Months : rows[parent.Node.Id].Months;
                for (var j = 0; j < months.Count; j++)
                {
                    Assert.Equal(months[j], parent.Children.Sum(c => rows[c.Node.Id].Months[j]));
                }
            }

            Assert.Equal(plan.Company.Remaining, plan.Company.Quarters.Sum(q => q.Amount));
        }
    }

    [Fact]
    public void Of_PlanProportions_LinesTakeThePlansSharesWithinTheRounding()
    {
        // 4,290 remain; 36/44/20 of it is 1544.4, 1887.6, 858, each within one unit per month (9 months) of it.
        var plan = Rephasing.Of(Shipped.Decomposition, FirstQuarter(), RephaseMethod.PlanProportions);
        Assert.Equal(4290m, plan.Remaining);
        Assert.InRange(plan.Line("repurchase").Remaining, 1544.4m - 9, 1544.4m + 9);
        Assert.InRange(plan.Line("new_product").Remaining, 858m - 9, 858m + 9);
        Assert.Equal([0.36, 0.44, 0.20], plan.LineShares.Select(s => Math.Round(s, 12)));
        Assert.All(plan.Lines, l => Assert.False(l.ByMomentum));
        Assert.Equal(1800m - 324m, plan.Line("repurchase").PlanRemaining);
    }

    [Fact]
    public void Of_Momentum_SharesScaledByCompletionBelowNotRecorded()
    {
        // Line weights 1800·300/324, 2200·390/396 and 1000·20/180 (1666.67, 2166.67, 111.11).
        var plan = Rephasing.Of(Shipped.Decomposition, FirstQuarter(), RephaseMethod.Momentum);
        double[] weights = [1800.0 * 300 / 324, 2200.0 * 390 / 396, 1000.0 * 20 / 180];
        Assert.Equal(weights.Select(w => w / weights.Sum()), plan.LineShares, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.All(plan.Lines, l => Assert.True(l.ByMomentum));
        Assert.All(plan.Nodes, n => Assert.False(n.ByMomentum));
        Assert.Contains(plan.Notes, n => n.StartsWith("repurchase: the actuals do not record rp_south", StringComparison.Ordinal));
        Assert.True(plan.Line("new_product").Remaining < plan.Line("new_product").PlanRemaining);
    }

    [Fact]
    public void Of_ChannelSpecialists_LeftOutWithANote()
    {
        var plan = Rephasing.Of(Shipped.Decomposition, FirstQuarter(), RephaseMethod.PlanProportions);
        Assert.DoesNotContain(plan.People, p => p.Id is "ch_1" or "ch_2");
        Assert.Contains(plan.Notes, n => n.StartsWith("ch_1: all of the targets credited to them are channel partners", StringComparison.Ordinal));
        var director = plan.People.Single(p => p.Id == "director");
        Assert.Equal(plan.Remaining, director.Remaining);
        var rmSouth = plan.People.Single(p => p.Id == "rm_south");
        var rows = plan.Nodes.ToDictionary(n => n.Id);
        Assert.Equal(rows["rp_south"].Remaining + rows["nc_3c_prd"].Remaining + rows["nc_lithium_gd"].Remaining, rmSouth.Remaining);
    }

    [Fact]
    public void Of_WholeYearObserved_Throws()
    {
        var twelve = Enumerable.Repeat(100m, 12).ToArray();
        var ytd = YearToDateComparison.Of(Shipped.Decomposition, YearRecords.LineTotals(twelve, twelve, twelve));
        Assert.Throws<ArgumentException>(() => Rephasing.Of(Shipped.Decomposition, ytd, RephaseMethod.PlanProportions));
    }
}
