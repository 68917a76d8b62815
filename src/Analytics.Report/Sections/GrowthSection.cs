using Analytics.Charts.Adapters;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Market;

namespace Analytics.Report.Sections;

/// <summary>
/// The growth justification: what the market gives at a held share and the share the target
/// needs, the three views of the increment side by side, and the bridge from last year's sales to
/// the target by source.
/// </summary>
public sealed class GrowthSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "growth";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("增長從何而來", "Where the growth comes from");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.Growth is not null;

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var g = content.Growth!;
        WriteFigures(g, writer);
        writer.Chart("growth-bridge", SalesCharts.GrowthBridge(GrowthBars.From(g.Bridge), o, new BilingualText("按來源：從去年銷售到今年目標", "By source: from last year's sales to the target")));
        writer.Paragraph(
            o.Text(
                "假設去年銷售全部來自存量客戶：計劃只要存量客戶今年帶來的銷售低於去年，存量一欄就是負數，新客戶與新產品必須補上。",
                "Assuming last year's sales all came from the existing customers: when the plan expects less from them this year than last, their bar is negative and new customers and the new product must make up for it."),
            note: true);
        writer.Chart("growth-market-bridge", SalesCharts.GrowthBridge(GrowthBars.From(g.MarketBridgeLow, g.MarketGrowthLow), o, new BilingualText("按市場：市場增長與份額提升（低增速）", "By market: market growth and share gain (low growth)")));
    }

    /// <summary>
    /// The justification's figures without its charts: the market table (share needed, what holding share
    /// gives), the three views of the increment and their overlap. Notebooks show the same tables.
    /// </summary>
    /// <param name="g">The growth justification.</param>
    /// <param name="writer">Where to write, in its language and unit.</param>
    public static void WriteFigures(GrowthJustification g, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(writer);
        var o = writer.Options;
        writer.Paragraph(o.Text(
            $"去年 {o.FormatAmount(g.LastYear)}，今年目標 {o.FormatAmount(g.Target)}，增長 {Formats.Percent(g.Growth)}（增量 {o.FormatAmount(g.Increment)}）。按 {Formats.Percent(g.MarketShare)} 的份額推算市場規模約 {o.FormatAmount(g.ImpliedMarketSize)}。",
            $"Last year {o.FormatAmount(g.LastYear)}, target {o.FormatAmount(g.Target)}: growth of {Formats.Percent(g.Growth)} (an increment of {o.FormatAmount(g.Increment)}). A {Formats.Percent(g.MarketShare)} share implies a market of about {o.FormatAmount(g.ImpliedMarketSize)}."));

        writer.Heading(o.Text("市場：份額不變能帶來多少，其餘要靠份額提升", "Market: what a held share gives, and the share gain the rest needs"));
        writer.Table(
            [o.Text("市場增速", "Market growth"), ">" + o.Text("份額不變的銷售", "Sales at held share"), ">" + o.Text("需要的份額", "Share needed"), ">" + o.Text("須靠份額提升", "Left to share gain")],
            new[] { g.AtLowGrowth, g.AtHighGrowth }.Select(r => (IReadOnlyList<string>)
            [
                Formats.Percent(r.MarketGrowth),
                o.FormatNumber(r.HoldShareRevenue),
                (r.RequiredShare * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%",
                o.FormatNumber(r.ShareGainRevenue),
            ]));

        writer.Heading(o.Text("三個角度看增量", "Three views of the increment"));
        writer.Table(
            [o.Text("角度", "View"), ">" + o.Text("貢獻", "Contribution"), ">" + o.Text("與增量之差", "Gap to increment")],
            g.Views.Select(v => (IReadOnlyList<string>)
            [
                ViewName(v.Kind, o),
                Range(o, v.ContributionLow, v.ContributionHigh, signed: false),
                Range(o, v.GapLow, v.GapHigh, signed: true),
            ]));
        writer.Paragraph(
            o.Text(
                $"三個角度合計 {Range(o, g.Increment + g.OverlapLow, g.Increment + g.OverlapHigh, false)}，而增量只有 {o.FormatNumber(g.Increment)}：它們互相重疊（續約的可能就是新產品，市場增長也推高續約），不能相加。存量客戶目標中有 {o.FormatAmount(g.ImpliedUpgrades)} 要靠維保與升級訂單。",
                $"Together the views claim {Range(o, g.Increment + g.OverlapLow, g.Increment + g.OverlapHigh, false)} against an increment of {o.FormatNumber(g.Increment)}: they overlap (a renewal may be of the new product; market growth lifts renewals) and cannot be added. {o.FormatAmount(g.ImpliedUpgrades)} of the existing-customer target must come from maintenance and upgrade orders."),
            note: true);
    }

    private static string ViewName(GrowthViewKind kind, ChartOptions o) => kind switch
    {
        GrowthViewKind.Market => o.Text("市場容量", "Market"),
        GrowthViewKind.Customers => o.Text("存量客戶續約", "Customer renewals"),
        GrowthViewKind.Product => o.Text("新產品", "New product"),
        _ => kind.ToString(),
    };

    private static string Range(ChartOptions o, decimal low, decimal high, bool signed)
        => low == high ? o.FormatNumber(low, signed) : $"{o.FormatNumber(low, signed)} – {o.FormatNumber(high, signed)}";
}
