using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class MonthlyFanTests
{
    [Fact]
    public void Constructor_BookedNotTheMonthsObserved_Throws()
    {
        var twelve = Enumerable.Repeat(1.0, 12).ToArray();
        var band = Enumerable.Repeat(new OutcomeRange(1, 1, 1), 12).ToArray();
        Assert.Equal(2, new MonthlyFan(2, [1, 2], twelve, twelve, twelve, band, twelve).MonthsObserved);
        Assert.Throws<ArgumentException>(() => new MonthlyFan(3, [1, 2], twelve, twelve, twelve, band, twelve));
    }
}

public class CalibrationBinTests
{
    [Fact]
    public void Deviation_InStandardErrors()
    {
        Assert.Equal(2, new CalibrationBin(0.1, 0.2, 100, 0.15, 0.19, 0.02).Deviation, 1e-12);
        Assert.Equal(0, new CalibrationBin(0.9, 1, 10, 1, 1, 0).Deviation);
        Assert.Equal(double.PositiveInfinity, new CalibrationBin(0.9, 1, 10, 1, 0.9, 0).Deviation);
        Assert.ThrowsAny<ArgumentException>(() => new CalibrationBin(0, 0.1, 0, 0, 0, 0));
    }
}
