using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Market;

namespace Analytics.Charts.Adapters;

/// <summary>Turns the library's growth bridges into chart bars with labels in both languages (no arithmetic: the bars are the bridge's own figures).</summary>
public static class GrowthBars
{
    /// <summary>The bars of <paramref name="bridge"/>: last year, the steps, the target.</summary>
    /// <param name="bridge">A bridge from the growth justification.</param>
    /// <param name="marketGrowth">For a market bridge, the growth rate to name in its first step (fraction); null otherwise.</param>
    public static IReadOnlyList<BridgeBar> From(GrowthBridge bridge, decimal? marketGrowth = null)
    {
        Preconditions.NotNull(bridge);
        var bars = new List<BridgeBar> { new(new BilingualText("去年銷售", "Last year"), (double)bridge.Start, IsTotal: true) };
        bars.AddRange(bridge.Steps.Select(s => new BridgeBar(Label(s, marketGrowth), (double)s.Amount, IsTotal: false)));
        bars.Add(new BridgeBar(new BilingualText("今年目標", "Target"), (double)bridge.End, IsTotal: true));
        return bars;
    }

    private static BilingualText Label(BridgeStep step, decimal? marketGrowth)
    {
        var rate = marketGrowth is { } g ? Formats.PercentUpTo(g) : string.Empty;
        return step.Source switch
        {
            BridgeSource.ExistingCustomers => new("存量客戶(計劃對比去年)", "Existing customers (plan vs last year)"),
            BridgeSource.NewCustomers => new("新客戶開發", "New customers"),
            BridgeSource.NewProduct => step.Name is { } name ? new($"新產品：{name.Zh}", $"New product: {name.En}") : new("新產品", "New product"),
            BridgeSource.Unattributed => new("未歸屬來源", "Not attributed"),
            BridgeSource.MarketGrowth => new($"市場增長 {rate}(份額不變)", $"Market growth {rate} at held share"),
            BridgeSource.ShareGain => new("份額提升", "Share gain"),
            _ => new(step.Label, step.Label),
        };
    }
}
