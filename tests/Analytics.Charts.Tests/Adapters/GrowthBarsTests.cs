using Analytics.Charts.Adapters;
using Analytics.Market;

namespace Analytics.Charts.Tests.Adapters;

public class GrowthBarsTests
{
    private static readonly GrowthBridge Bridge = new(
        3800m,
        [
            new("existing customers (plan vs last year)", -2000m, BridgeSource.ExistingCustomers),
            new("new customers", 2200m, BridgeSource.NewCustomers),
            new("new product", 1000m, BridgeSource.NewProduct),
        ],
        5000m);

    [Fact]
    public void From_BySourceBridge_TotalsAroundTheStepsWithTheirFigures()
    {
        var bars = GrowthBars.From(Bridge);
        Assert.Equal([3800.0, -2000.0, 2200.0, 1000.0, 5000.0], bars.Select(b => b.Value));
        Assert.Equal([true, false, false, false, true], bars.Select(b => b.IsTotal));
        Assert.Equal(["去年銷售", "存量客戶(計劃對比去年)", "新客戶開發", "新產品", "今年目標"], bars.Select(b => b.Label.Zh));
        Assert.Equal("New customers", bars[2].Label.En);
    }

    [Fact]
    public void From_MarketBridge_NamesTheGrowthRate()
    {
        var market = new GrowthBridge(3800m, [new("market growth 15% at held share", 570m, BridgeSource.MarketGrowth), new("share gain", 630m, BridgeSource.ShareGain)], 5000m);
        var bars = GrowthBars.From(market, 0.15m);
        Assert.Equal("Market growth 15% at held share", bars[1].Label.En);
        Assert.Equal("份額提升", bars[2].Label.Zh);
    }

    [Fact]
    public void From_NamedNewProductStep_TheLineNamedInEachLanguage()
    {
        var bridge = new GrowthBridge(10m, [new("new product: Encoder", 5m, BridgeSource.NewProduct, new("編碼器", "Encoder"))], 15m);
        var step = GrowthBars.From(bridge)[1].Label;
        Assert.Equal(("新產品：編碼器", "New product: Encoder"), (step.Zh, step.En));
    }

    [Fact]
    public void From_UnknownSource_KeepsTheLibraryLabel()
        => Assert.Equal("other thing", GrowthBars.From(new GrowthBridge(1m, [new("other thing", 1m)], 2m))[1].Label.Zh);
}
