using Analytics.Charts.Adapters;
using Analytics.Repurchase;

namespace Analytics.Charts.Tests.Adapters;

public class AgeBarsTests
{
    [Fact]
    public void From_BaseAndLife_OneBarPerAgeWithItsUnitsAndWeibullQ()
    {
        var life = new WeibullLife(2, 7);
        var bars = AgeBars.From(InstalledBase.FromInstallYears([2026, 2025, 2025, 2020], 2026), life);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], bars.Select(b => b.Age));
        Assert.Equal([1.0, 2, 0, 0, 0, 0, 1], bars.Select(b => b.Units));
        // q_a = 1 - exp(-[((a + 1)/7)^2 - (a/7)^2]).
        Assert.Equal(1 - Math.Exp(-1.0 / 49), bars[0].ReplacementProbability, 1e-12);
        Assert.Equal(1 - Math.Exp(-((49.0 - 36.0) / 49)), bars[6].ReplacementProbability, 1e-12);
    }

    [Fact]
    public void From_Null_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => AgeBars.From(null!, new WeibullLife(2, 7)));
}
