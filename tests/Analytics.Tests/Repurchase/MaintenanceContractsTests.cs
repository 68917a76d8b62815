using Analytics.Repurchase;

namespace Analytics.Tests.Repurchase;

public class MaintenanceContractsTests
{
    [Fact]
    public void ExpectedRevenue_TenureTwo_UsesRetentionFromPeriodThree()
    {
        // alpha 0.704, beta 1.182: r_3 = 3.182 / 3.886, r_4 = 4.182 / 4.886; 100 contracts at 5 萬元.
        var m = new MaintenanceContracts(100, 2, 5m, new ShiftedBetaGeometric(0.704, 1.182));
        var revenue = m.ExpectedRevenue(2);
        Assert.Equal(409.4184251158003, (double)revenue[0], 9);
        Assert.Equal(350.4273135149973, (double)revenue[1], 9);
    }

    [Fact]
    public void Constructor_NegativeContracts_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MaintenanceContracts(-1, 0, 5m, new ShiftedBetaGeometric(1, 1)));
}
