using Analytics.Charts.Tests.TestSupport;
using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsDecompositionTests
{
    [Fact]
    public void Decomposition_ShippedPlan_TreemapOfEveryTargetWithAllocatedAmounts()
    {
        var f = Figure.Of(SalesCharts.Decomposition(Shipped.Decomposition));
        var trace = Assert.Single(f.Traces);
        Assert.Equal("treemap", trace.GetProperty("type").GetString());
        Assert.Equal("total", trace.GetProperty("branchvalues").GetString());
        var ids = Figure.Strings(trace.GetProperty("ids"));
        var values = Figure.Numbers(trace.GetProperty("values"));
        var parents = Figure.Strings(trace.GetProperty("parents"));
        Assert.Equal(Shipped.Plan.Targets.Count, ids.Length);
        Assert.Equal(5000, values[Array.IndexOf(ids, "company")]);
        Assert.Equal(1800, values[Array.IndexOf(ids, "repurchase")]);
        Assert.Equal(800, values[Array.IndexOf(ids, "nc_3c")]);
        Assert.Equal("new_customers", parents[Array.IndexOf(ids, "nc_3c")]);
        Assert.Equal(string.Empty, parents[Array.IndexOf(ids, "company")]);
        Assert.Contains("存量客戶復購", Figure.Strings(trace.GetProperty("labels")));
        Assert.Contains("5,000 萬元", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_ChildrenAddUpToParents_SoBranchValuesTotalDrawsEveryLevel()
    {
        var trace = Figure.Of(SalesCharts.Decomposition(Shipped.Decomposition)).Trace(0);
        var ids = Figure.Strings(trace.GetProperty("ids"));
        var parents = Figure.Strings(trace.GetProperty("parents"));
        var values = Figure.Numbers(trace.GetProperty("values"));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var children = Enumerable.Range(0, ids.Length).Where(j => parents[j] == id).Sum(j => values[j]);
            Assert.True(children == 0 || Math.Abs(children - values[i]) < 1e-9, $"{id}: children {children}, node {values[i]}");
        }
    }

    [Fact]
    public void Decomposition_ChildrenExceedTheirParent_RemainderSemanticsDrawEverySectorWithItsAmount()
    {
        // nc_3c stated as 1540 instead of 800: the industries add up to 2940 under a 2200 line.
        var plan = Shipped.Plan.WithTarget(Shipped.Plan.Target("nc_3c").WithAmount(1540));
        var f = Figure.Of(SalesCharts.Decomposition(PlanDecomposer.Decompose(plan)));
        var trace = f.Trace(0);
        Assert.Equal("remainder", trace.GetProperty("branchvalues").GetString());
        var ids = Figure.Strings(trace.GetProperty("ids"));
        var parents = Figure.Strings(trace.GetProperty("parents"));
        var values = Figure.Numbers(trace.GetProperty("values"));
        var amounts = Figure.Numbers(trace.GetProperty("customdata"));
        double Own(string id) => values[Array.IndexOf(ids, id)];
        double Amount(string id) => amounts[Array.IndexOf(ids, id)];

        // Each node's own value is what it holds beyond its children, never negative; leaves hold their amount.
        Assert.Equal(0, Own("new_customers"));
        Assert.Equal(2200, Amount("new_customers"));
        Assert.Equal(1540, Amount("nc_3c"));
        Assert.Equal(0, Own("nc_3c")); // its regions take all of it
        Assert.Equal(1800 - 1800, Own("repurchase"));
        Assert.All(values, v => Assert.True(v >= 0, $"value {v}"));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var children = Enumerable.Range(0, ids.Length).Where(j => parents[j] == id).ToArray();
            var drawn = values[i] + children.Sum(j => amounts[j]);
            Assert.True(children.Length == 0 ? values[i] == amounts[i] : drawn >= amounts[i] - 1e-9, $"{id}: drawn {drawn}, amount {amounts[i]}");
        }

        Assert.Contains("%{customdata:", trace.GetProperty("texttemplate").GetString(), StringComparison.Ordinal);
        Assert.Contains("新客戶開發 2,940 > 2,200", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_SunburstEnglishMillions_NamesAndUnitsFollowOptions()
    {
        var f = Figure.Of(SalesCharts.Decomposition(Shipped.Decomposition, ChartOptions.English, HierarchyStyle.Sunburst));
        var trace = f.Trace(0);
        Assert.Equal("sunburst", trace.GetProperty("type").GetString());
        Assert.Contains("Existing-customer repurchase", Figure.Strings(trace.GetProperty("labels")));
        Assert.Equal(50, Figure.Numbers(trace.GetProperty("values"))[0]);
        Assert.StartsWith("The target decomposed", f.Title, StringComparison.Ordinal);
    }
}
