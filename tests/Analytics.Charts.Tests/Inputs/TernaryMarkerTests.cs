using Analytics.Charts.Inputs;

namespace Analytics.Charts.Tests.Inputs;

public class TernaryMarkerTests
{
    [Fact]
    public void Constructor_SeedSplit_Kept()
    {
        var m = new TernaryMarker("seed", 0.36, 0.44, 0.20);
        Assert.Equal((0.36, 0.44, 0.20), (m.Repurchase, m.NewCustomers, m.NewProduct));
    }

    [Fact]
    public void Constructor_SharesNotAddingUpToOne_Throws()
        => Assert.Throws<ArgumentException>(() => new TernaryMarker("seed", 0.36, 0.44, 0.10));
}
