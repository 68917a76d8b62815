using Analytics.Repurchase;
using Analytics.Simulation.Random;
using CsCheck;

namespace Analytics.Tests.Repurchase;

public class InstalledBaseTests
{
    private static readonly WeibullLife K2L10 = new(2.0, 10.0);

    [Fact]
    public void ExpectedReplacements_ThreeAges_HandComputed()
    {
        // q_0 = 1 - e^-0.01, q_1 = 1 - e^-(0.04 - 0.01), q_2 = 1 - e^-(0.09 - 0.04).
        var b = new InstalledBase([10, 20, 30]);
        var expected = (10 * (1 - Math.Exp(-0.01))) + (20 * (1 - Math.Exp(-0.03))) + (30 * (1 - Math.Exp(-0.05)));
        Assert.Equal(expected, b.ExpectedReplacements(K2L10), 12);
    }

    [Fact]
    public void Age_SurvivorsMoveUpOneYearAndReplacementsEnterAtZero()
    {
        var b = new InstalledBase([10, 20, 30]);
        var next = b.Age(K2L10, newUnits: 5);
        Assert.Equal(4, next.UnitsByAge.Count);
        Assert.Equal(5 + b.ExpectedReplacements(K2L10), next.UnitsByAge[0], 12);
        Assert.Equal(10 * Math.Exp(-0.01), next.UnitsByAge[1], 12);
        Assert.Equal(20 * Math.Exp(-0.03), next.UnitsByAge[2], 12);
        Assert.Equal(30 * Math.Exp(-0.05), next.UnitsByAge[3], 12);
    }

    [Fact]
    public void Age_WithReinstall_ConservesUnits()
    {
        Gen.Double[0, 1000].Array[1, 30].Sample(units =>
        {
            var b = new InstalledBase(units);
            Assert.Equal(b.Total, b.Age(K2L10).Total, 1e-9 * Math.Max(1, b.Total));
        });
    }

    [Fact]
    public void ProjectReplacements_ConstantHazardWithReinstall_IsSteady()
    {
        // k = 1: every unit is replaced with probability 1 - e^(-1/lambda) whatever its age.
        var life = new WeibullLife(1.0, 5.0);
        var demand = new InstalledBase([40, 0, 25, 35]).ProjectReplacements(life, 6);
        Assert.All(demand, r => Assert.Equal(100 * (1 - Math.Exp(-0.2)), r, 10));
    }

    [Fact]
    public void ProjectReplacements_ConstantHazardWithoutReinstall_DecaysGeometrically()
    {
        var life = new WeibullLife(1.0, 5.0);
        var q = 1 - Math.Exp(-0.2);
        var demand = new InstalledBase([100]).ProjectReplacements(life, 4, reinstallReplacements: false);
        for (var t = 0; t < 4; t++)
        {
            Assert.Equal(100 * Math.Pow(1 - q, t) * q, demand[t], 10);
        }
    }

    [Fact]
    public void FromInstallYears_CountsByAge()
    {
        var b = InstalledBase.FromInstallYears([2020, 2020, 2023, 2025], 2025);
        Assert.Equal([1.0, 0, 1, 0, 0, 2], b.UnitsByAge);
    }

    [Fact]
    public void FromInstallYears_FutureYear_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => InstalledBase.FromInstallYears([2020, 2027], 2025));
        Assert.Contains("installYears[1] must be <= the year 2025; was 2027", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadCount_ThrowsNamingIndex(double bad)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new InstalledBase([1, bad]));
        Assert.Contains("unitsByAge[1] must be a finite number >= 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleReplacements_MeanOfDraws_MatchesExpectation()
    {
        // 1000 units at age 5: binomial(1000, q_5 = 0.10417), sd 9.66; mean of 50 draws has SE 1.37.
        var b = new InstalledBase([0, 0, 0, 0, 0, 1000]);
        var rng = new Xoshiro256StarStar(11);
        var total = 0;
        for (var i = 0; i < 50; i++)
        {
            total += b.SampleReplacements(ref rng, K2L10);
        }

        var q = 1 - Math.Exp(-0.11);
        var se = Math.Sqrt(1000 * q * (1 - q) / 50);
        Assert.InRange(total / 50.0, (1000 * q) - (4 * se), (1000 * q) + (4 * se));
    }
}
