using Analytics.NewProduct;
using Analytics.Simulation.Random;

namespace Analytics.Tests.NewProduct;

public class BassDiffusionTests
{
    private static readonly BassDiffusion Typical = new(0.03, 0.38, 1000);

    [Theory]
    [InlineData(1.0, 0.03575816425644162)]
    [InlineData(5.0, 0.3311986424913736)]
    [InlineData(10.0, 0.8128032212213462)]
    public void CumulativeFraction_AtChosenTimes_MatchesIndependentValues(double t, double expected)
        => Assert.Equal(expected, Typical.CumulativeFraction(t), 14);   // Python, from the closed form

    [Fact]
    public void CumulativeFraction_AtZero_IsZero()
        => Assert.Equal(0.0, Typical.CumulativeFraction(0), 15);

    [Fact]
    public void Density_AtTwo_MatchesIndependentValue()
        => Assert.Equal(0.057020561508496215, Typical.Density(2.0), 14);

    [Fact]
    public void Density_SatisfiesBassHazard()
    {
        // f / (1 - F) = p + q F at any time.
        foreach (var t in new[] { 0.0, 0.7, 3.0, 6.2, 15.0 })
        {
            var f = Typical.CumulativeFraction(t);
            Assert.Equal(0.03 + (0.38 * f), Typical.Density(t) / (1 - f), 12);
        }
    }

    [Fact]
    public void Density_IsDerivativeOfCumulativeFraction()
    {
        const double h = 1e-5;
        foreach (var t in new[] { 0.5, 4.0, 9.0 })
        {
            var numeric = (Typical.CumulativeFraction(t + h) - Typical.CumulativeFraction(t - h)) / (2 * h);
            Assert.Equal(numeric, Typical.Density(t), 9);
        }
    }

    [Fact]
    public void PeakTime_IsLnQOverPDividedByPPlusQ()
    {
        Assert.Equal(Math.Log(0.38 / 0.03) / 0.41, Typical.PeakTime, 14);
        Assert.Equal(6.192619197703112, Typical.PeakTime, 12);
    }

    [Fact]
    public void PeakRate_IsClosedFormAndTheMaximumOfTheRate()
    {
        Assert.Equal(1000 * 0.41 * 0.41 / (4 * 0.38), Typical.PeakRate, 10);        // 110.592
        Assert.Equal(Typical.PeakRate, Typical.AdoptionRate(Typical.PeakTime), 9);
        Assert.True(Typical.AdoptionRate(Typical.PeakTime - 0.1) < Typical.PeakRate);
        Assert.True(Typical.AdoptionRate(Typical.PeakTime + 0.1) < Typical.PeakRate);
    }

    [Fact]
    public void PeakTime_ImitationNotAboveInnovation_IsLaunch()
    {
        var pushed = new BassDiffusion(0.2, 0.1, 100);
        Assert.Equal(0.0, pushed.PeakTime);
        Assert.Equal(100 * 0.2, pushed.PeakRate, 12);
        Assert.Equal(0, pushed.PeakPeriod);
    }

    [Fact]
    public void PeakPeriod_Typical_IsSix()
    {
        // Period adopters (Python): period 5 has 108.04, period 6 has 109.78, period 7 has 102.73.
        Assert.Equal(6, Typical.PeakPeriod);
        Assert.Equal(109.775, Typical.PeriodAdopters(6), 3);
    }

    [Fact]
    public void TimeToReach_IsInverseOfCumulativeFraction()
    {
        Assert.Equal(6.550188646951589, Typical.TimeToReach(0.5), 12);
        Assert.Equal(0.5, Typical.CumulativeFraction(Typical.TimeToReach(0.5)), 12);
    }

    [Fact]
    public void DiscreteSeries_FirstPeriods_HandComputed()
    {
        // n_1 = p m = 30; n_2 = (0.03 + 0.38 x 30 / 1000)(1000 - 30) = 40.158.
        var series = Typical.DiscreteSeries(3);
        Assert.Equal(30.0, series[0], 12);
        Assert.Equal(40.158, series[1], 12);
        Assert.Equal(52.68488491368, series[2], 9);
    }

    [Theory]
    [InlineData(0.0, 0.38, 1000.0, "p")]
    [InlineData(-0.01, 0.38, 1000.0, "p")]
    [InlineData(double.NaN, 0.38, 1000.0, "p")]
    [InlineData(0.03, -0.1, 1000.0, "q")]
    [InlineData(0.03, double.PositiveInfinity, 1000.0, "q")]
    [InlineData(0.03, 0.38, 0.0, "m")]
    public void Constructor_Invalid_ThrowsNamingParameterValueAndRange(double p, double q, double m, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BassDiffusion(p, q, m));
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name + " must be a finite number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_QZero_IsAllowedPureInnovation()
        => Assert.Equal(1 - Math.Exp(-0.05 * 3), new BassDiffusion(0.05, 0, 1).CumulativeFraction(3), 14);

    [Fact]
    public void SamplePeriodAdopters_Means_MatchPeriodAdopters()
    {
        // Each of 1000 adopters falls in period i with probability g_i; 30 draws, SE sqrt(1000 g (1 - g) / 30).
        var rng = new Xoshiro256StarStar(3);
        var sums = new double[10];
        for (var r = 0; r < 30; r++)
        {
            var counts = Typical.SamplePeriodAdopters(ref rng, 10);
            for (var i = 0; i < 10; i++)
            {
                sums[i] += counts[i];
            }
        }

        for (var i = 0; i < 10; i++)
        {
            var g = Typical.PeriodAdopters(i) / 1000;
            var se = Math.Sqrt(1000 * g * (1 - g) / 30);
            Assert.InRange(sums[i] / 30, (1000 * g) - (4 * se), (1000 * g) + (4 * se));
        }
    }
}
