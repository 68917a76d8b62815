using Analytics.Market;

namespace Analytics.Tests.Market;

public class GrowthBridgeTests
{
    [Fact]
    public void Constructor_StepsAddUp_KeepsThem()
    {
        var b = new GrowthBridge(3800m, [new("a", -2000m), new("b", 3200m)], 5000m);
        Assert.Equal(2, b.Steps.Count);
        Assert.Equal(5000m, b.End);
    }

    [Fact]
    public void Constructor_StepsDoNotAddUp_ThrowsWithBothSums()
    {
        var e = Assert.Throws<ArgumentException>(() => new GrowthBridge(3800m, [new("a", 1199.99m)], 5000m));
        Assert.Contains("end - start = 1200", e.Message, StringComparison.Ordinal);
        Assert.Contains("1199.99", e.Message, StringComparison.Ordinal);
    }
}
