using Analytics.Charts;
using Analytics.Charts.Inputs;
using Analytics.Charts.Rendering;
using Analytics.Decomposition;
using Analytics.Export;
using Analytics.Loading;
using Plotly.NET;

namespace BrowserCheck;

/// <summary>
/// A page with every chart kind, in both languages, so the browser check sees each kind draw
/// offline, including those the owner's report does not show yet. The plan charts use the shipped
/// plan; the others use SAMPLE inputs that exist only to exercise the drawing, not results.
/// </summary>
internal static class Gallery
{
    public static void Write(string path)
    {
        var plan = PlanLoader.Load(Path.Combine(RepoRoot(), "data", "plc-2026"));
        var d = PlanDecomposer.Decompose(plan);
        var charts = new List<GenericChart>();
        foreach (var o in new[] { ChartOptions.Default, ChartOptions.English })
        {
            charts.Add(SalesCharts.Decomposition(d, o));
            charts.Add(SalesCharts.Decomposition(d, o, HierarchyStyle.Sunburst));
            charts.Add(SalesCharts.Phasing(d, o));
            charts.Add(SalesCharts.IndustryRegion(RegionMatrix.From(d), plan, o));
            charts.Add(SalesCharts.PersonalTargets(d, o));
            charts.Add(SalesCharts.GrowthBridge([new("A", 3800, true), new("B", 700, false), new("C", -100, false), new("D", 600, true)], o));
            charts.Add(SalesCharts.OutcomeDistribution(new OutcomeDistribution([new HistogramBin(4800, 5000, 0.4), new HistogramBin(5000, 5200, 0.6)], [new CdfPoint(4900, 0.2), new CdfPoint(5100, 0.7)], 5000, 0.6, 0.01), o));
            charts.Add(SalesCharts.FanChart(new FanBand([1, 2, 3], [1, 2, 3], [2, 3, 4], [3, 4, 5], [2, 3, 4]), o));
            charts.Add(SalesCharts.Tornado([new TornadoBar("A", 0.3, 0.7), new TornadoBar("B", 0.4, 0.6)], 0.5, options: o));
            charts.Add(SalesCharts.SplitTernary([new TernaryPoint(0.2, 0.3, 0.5, 0.4), new TernaryPoint(0.5, 0.3, 0.2, 0.7)], [new TernaryMarker("M", 0.36, 0.44, 0.2)], o));
            charts.Add(SalesCharts.BassAdoption(new AdoptionCurve([1, 2, 3], [1, 2, 1], [1, 3, 4], MarketPotential: 5), o));
            charts.Add(SalesCharts.Funnel([new FunnelStage("A", "1", 10), new FunnelStage("A", "2", 4), new FunnelStage("B", "1", 8), new FunnelStage("B", "2", 2)], o));
            charts.Add(SalesCharts.InstalledBase([new AgeBar(1, 5, 0.1), new AgeBar(2, 7, 0.3)], o));
            charts.Add(SalesCharts.SplitFrontier(new MarginFrontier([new MarginPoint("A", 0.3, 100), new MarginPoint("B", 0.4, 90)], [new MarginPoint("B", 0.4, 90)], [new MarginPoint("M", 0.3, 100)]), o));
            charts.Add(SalesCharts.QuarterlyRule([new QuarterRule(1, 0.5, null, 0.2, 0.6), new QuarterRule(2, 0.4, 0.45, 0.15, 0.55)], 0.8, o));
            charts.Add(SalesCharts.YearToDate([new CompletionCurve("Q1", [0.7, 0.8, 0.9], [0.3, 0.4, 0.5])], 0.8, 0.4, o));
            charts.Add(SalesCharts.YearSoFar(new YearSoFar(2, [1, 2], [1, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3.5, 5, 6.5, 8, 9.5, 11, 12.5, 14, 15.5, 17], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), o));
            charts.Add(SalesCharts.GoalSeekCurve(new LeverCurve("L", [0.1, 0.2, 0.3], [0.5, 0.7, 0.9], [0.48, 0.68, 0.88], [0.52, 0.72, 0.92], 0.8, 0.15, 0.25, 0.01, ".0%"), o));
            charts.Add(SalesCharts.BudgetReturns([new BudgetReturn("A", 80, 10, 5, 15), new BudgetReturn("B", 30, null, null, null)], o));
            charts.Add(SalesCharts.SobolIndices([new SobolBar("A", 0.3, 0.2, 0.4, 0.5, 0.4, 0.6), new SobolBar("B", 0.1, 0.0, 0.2, 0.2, 0.1, 0.3)], options: o));
            charts.Add(SalesCharts.QuantilePlot(new QuantilePlot([10, 20, 35], [12, 19, 40], "gamma"), o));
            charts.Add(SalesCharts.SplitRanking(new SplitRanking(["A", "B", "C", "D"], [new RankedSplit("Plan", [0.3, 0.3, 0.2, 0.2], 0.4), new RankedSplit("Best", [0.4, 0.2, 0.2, 0.2], 0.5)]), o));
            charts.Add(SalesCharts.ShareProfiles([new ProfilePanel("A", [0, 0.5, 1], [0.2, 0.5, 0.3], 0.3), new ProfilePanel("B", [0, 0.5, 1], [0.4, 0.45, 0.1], 0.3), new ProfilePanel("C", [0, 0.5, 1], [0.3, 0.35, 0.2], 0.2), new ProfilePanel("D", [0, 0.5, 1], [0.1, 0.4, 0.3], 0.2), new ProfilePanel("E", [0, 0.5, 1], [0.5, 0.3, 0.1], 0.1)], o));
            charts.Add(SalesCharts.Decomposition(PlanDecomposer.Decompose(plan.WithTarget(plan.Target("nc_3c").WithAmount(1540))), o));
        }

        SafeFile.WriteText(path, ChartPage.Render(charts, "Chart gallery (sample inputs, for the rendering check only)"), overwrite: true);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
