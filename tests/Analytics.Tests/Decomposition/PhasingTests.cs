using Analytics.Decomposition;
using Analytics.TestSupport;

namespace Analytics.Tests.Decomposition;

public class PhasingTests
{
    [Fact]
    public void Phase_ShippedPlanTarget_QuartersAndMonthsFromTheSeedsShares()
    {
        var year = Phasing.Phase(Plans.Shipped, 5000m);
        Assert.Equal([900m, 1200m, 1500m, 1400m], year.Quarters);
        Assert.Equal([300m, 300m, 300m, 400m, 400m, 400m, 500m, 500m, 500m, 467m, 467m, 466m], year.Months);
    }

    [Fact]
    public void Phase_AnyAmount_MonthsAddUpToQuartersAndQuartersToTotal()
    {
        for (var amount = 0m; amount < 3000m; amount += 37m)
        {
            var year = Phasing.Phase(amount, [0.18m, 0.24m, 0.30m, 0.28m], 1m);
            Assert.Equal(amount, year.Quarters.Sum());
            for (var q = 0; q < 4; q++)
            {
                Assert.Equal(year.Quarters[q], year.Months.Skip(3 * q).Take(3).Sum());
            }
        }
    }

    [Fact]
    public void Phase_NotFourShares_Throws()
        => Assert.Throws<ArgumentException>(() => Phasing.Phase(100m, [0.5m, 0.5m], 1m));
}
