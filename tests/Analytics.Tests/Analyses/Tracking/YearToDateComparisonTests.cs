using Analytics.Analyses.Tracking;
using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Tests.Analyses.Tracking;

public class YearToDateComparisonTests
{
    // Q1 of the shipped plan: repurchase 100 + 110 + 90, new customers 120 + 130 + 140, new product 0 + 0 + 20.
    private static YearToDate FirstQuarter()
        => YearToDateComparison.Of(Shipped.Decomposition, YearRecords.LineTotals([100m, 110m, 90m], [120m, 130m, 140m], [0m, 0m, 20m]));

    [Fact]
    public void Of_FirstQuarter_TargetsPhasedByThePlansSharesExactly()
    {
        // Q1 is 18% of each target, evenly over its months: 324 of 1800, 396 of 2200, 180 of 1000, 900 of 5000.
        var y = FirstQuarter();
        Assert.Equal(3, y.MonthsObserved);
        Assert.Equal((324m, 300m), (y.Line("repurchase").TargetToDate, y.Line("repurchase").Actual!.Value));
        Assert.Equal((396m, 390m), (y.Line("new_customers").TargetToDate, y.Line("new_customers").Actual!.Value));
        Assert.Equal((180m, 20m), (y.Line("new_product").TargetToDate, y.Line("new_product").Actual!.Value));
        Assert.Equal((900m, 710m), (y.Company.TargetToDate, y.Company.Actual!.Value));
        Assert.Equal(710.0 / 900, y.Company.Completion!.Value, 1e-15);
        Assert.Equal(-190m, y.Company.Gap);
        Assert.Equal(4290m, y.Company.Remaining);
        Assert.Equal([300m, 600m, 900m, 1300m], y.CumulativeTarget.Take(4));
        Assert.Equal([220m, 460m, 710m], y.CumulativeActual);
    }

    [Fact]
    public void Of_FirstQuarterUnderEightyPercent_TheRuleFiresByTenWan()
    {
        // 710 of 900 is 78.9%, under the rule's 80%: 0.8 × 900 − 710 = 10 short of the line.
        var q = Assert.Single(FirstQuarter().Quarters);
        Assert.Equal((1, 900m, 710m), (q.Quarter, q.Target, q.Actual));
        Assert.True(q.Fired);
        Assert.Equal(10m, q.ShortOfThreshold);
        Assert.True(FirstQuarter().RuleFired);
        Assert.Equal("quarter_below_80", FirstQuarter().Rule!.Id);
    }

    [Fact]
    public void Of_LineTotalsOnly_PeopleOnLinesRecordedOthersNot()
    {
        var y = FirstQuarter();
        var director = y.People.Single(p => p.Id == "director");
        Assert.Equal((5000m, 900m, 710m), (director.Target, director.TargetToDate, director.Actual!.Value));
        Assert.Null(y.People.Single(p => p.Id == "rm_south").Actual);
        Assert.Null(y.People.Single(p => p.Id == "ch_1").Actual);
        Assert.All(y.Nodes, n => Assert.Null(n.Actual));
    }

    [Fact]
    public void Of_ShippedSample_PeopleAreTheSumOfTheirTargets()
    {
        var y = YearToDateComparison.Of(Shipped.Decomposition, YearRecords.ShippedActuals);
        var node = y.Nodes.ToDictionary(n => n.Id);
        var rmSouth = y.People.Single(p => p.Id == "rm_south");
        Assert.Equal(node["rp_south"].Actual + node["nc_3c_prd"].Actual + node["nc_lithium_gd"].Actual, rmSouth.Actual);
        var person = Shipped.Decomposition.People.Single(p => p.Person.Id == "rm_south");
        Assert.Equal(person.Phased.Months.Take(6).Sum(), rmSouth.TargetToDate);
        Assert.Equal(2, y.Quarters.Count);
        Assert.All(y.Quarters, q => Assert.True(q.Fired));
        Assert.Equal(y.Lines.Sum(l => l.Actual), y.Company.Actual);
    }

    [Fact]
    public void Of_ActualsOfAnotherPlanObject_Throws()
    {
        var other = PlanDecomposer.Decompose(Analytics.Loading.PlanLoader.Load(RepoPaths.ShippedPlan));
        Assert.Throws<ArgumentException>(() => YearToDateComparison.Of(other, YearRecords.ShippedActuals));
    }
}
