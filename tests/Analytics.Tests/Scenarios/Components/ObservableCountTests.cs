using Analytics.Scenarios.Components;

namespace Analytics.Tests.Scenarios.Components;

public class ObservableCountTests
{
    [Fact]
    public void Constructor_NegativeChancesOrNoSampler_Throw()
    {
        Assert.Equal(3, new ObservableCount(3, (_, _) => { }).Chances);
        Assert.ThrowsAny<ArgumentException>(() => new ObservableCount(-1, (_, _) => { }));
        Assert.ThrowsAny<ArgumentException>(() => new ObservableCount(1, null!));
    }
}
