using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.TestSupport;

/// <summary>Hand-made results to render sections with fixed figures, and content with every analysis (small runs of the library's own).</summary>
internal static class Samples
{
    public static IReadOnlyList<BridgeBar> Bridge { get; } =
    [
        new(new BilingualText("去年銷售", "Last year"), 3800, true),
        new(new BilingualText("市場增長", "Market growth"), 665, false),
        new(new BilingualText("新產品", "New product"), 535, false),
        new(new BilingualText("今年目標", "Target"), 5000, true),
    ];

    /// <summary>A hand-made simulation headline and distribution, and every analysis from <see cref="AnalysisRuns"/>.</summary>
    public static ReportContent WithEveryResult() => (ReportContent.FromPlan(Shipped.Plan) with
    {
        Risk = new RiskHeadline("plc-2026", "be27f890a904c7ff7c022e6099fb73f1343095c3b3a1ed868c3e4c77d39458d8", 5000, 0.623, 0.0048, 0.6136, 0.6324, 5150.4, 4450.2, 5120.7, 5790.4, 100_000, 2026),
        Streams = [new LineRisk("newProduct", new BilingualText("新產品銷售", "New product"), 1000, 661.3, 0, 770.2, 1223.4, 0.259, 0.0031)],
        Distribution = new OutcomeDistribution([new HistogramBin(4900, 5000, 0.4), new HistogramBin(5000, 5100, 0.6)], [new CdfPoint(5000, 0.377)], 5000, 0.623, 0.0048),
    })
        .WithSplits(AnalysisRuns.Splits, AnalysisRuns.Robustness, ScenarioRuns.PlcNotes.AssumptionFor("response"))
        .WithTrigger(AnalysisRuns.Trigger)
        .WithSensitivity(AnalysisRuns.Sensitivity);

    /// <summary>Only the chart inputs of the analyses, hand-made (no analysis record behind them).</summary>
    public static ReportContent WithChartInputsOnly() => ReportContent.FromPlan(Shipped.Plan) with
    {
        Fan = new FanBand([1, 2], [300, 700], [400, 820], [480, 950], [300, 600]),
        QuarterRules = [new QuarterRule(1, 0.55, null, 0.21, 0.59)],
        Sensitivity = new Sensitivity([new TornadoBar("win rate", 0.4, 0.8)], 0.623),
        Splits = new SplitMap([new TernaryPoint(0.36, 0.44, 0.20, 0.623)], [new TernaryMarker("seed", 0.36, 0.44, 0.20)]),
    };
}
