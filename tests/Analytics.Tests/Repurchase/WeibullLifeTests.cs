using Analytics.Repurchase;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Repurchase;

public class WeibullLifeTests
{
    private static readonly WeibullLife K2L10 = new(2.0, 10.0);

    [Fact]
    public void Survival_K2L10Age5_IsExpMinusQuarter()
        => Assert.Equal(Math.Exp(-0.25), K2L10.Survival(5), 15);   // (5/10)^2 = 0.25

    [Fact]
    public void Hazard_K2L10Age5_IsPointOne()
        => Assert.Equal(0.1, K2L10.Hazard(5), 15);                  // (2/10)(5/10)^1

    [Fact]
    public void Hazard_ShapeOne_IsConstantOneOverScale()
    {
        var exponential = new WeibullLife(1.0, 8.0);
        Assert.Equal(0.125, exponential.Hazard(0), 15);
        Assert.Equal(0.125, exponential.Hazard(17.3), 15);
    }

    [Fact]
    public void ReplacementProbability_K2L10Age5_IsOneMinusExpMinusPoint11()
        => Assert.Equal(1 - Math.Exp(-0.11), K2L10.ReplacementProbability(5), 14);   // (6/10)^2 - (5/10)^2 = 0.11

    [Fact]
    public void ReplacementProbability_EqualsOneMinusSurvivalRatio()
    {
        for (var a = 0; a < 40; a++)
        {
            Assert.Equal(1 - (K2L10.Survival(a + 1) / K2L10.Survival(a)), K2L10.ReplacementProbability(a), 12);
        }
    }

    [Fact]
    public void ReplacementProbability_VeryOld_StaysAccurateWhereSurvivalUnderflows()
    {
        // S(300) = e^-900 underflows to 0, so the ratio form would give NaN; q_300 = 1 - e^-(30.1^2 - 30^2).
        Assert.Equal(0.0, K2L10.Survival(300));
        Assert.Equal(1 - Math.Exp(-6.01), K2L10.ReplacementProbability(300), 10);
    }

    [Fact]
    public void MeanAndMedian_K2L10_HandComputed()
    {
        Assert.Equal(10 * Math.Sqrt(Math.PI) / 2, K2L10.MeanLife, 12);     // Gamma(1.5) = sqrt(pi) / 2
        Assert.Equal(10 * Math.Sqrt(Math.Log(2)), K2L10.MedianLife, 12);
    }

    [Fact]
    public void FromMean_RoundTripsTheMean()
        => Assert.Equal(4.0, WeibullLife.FromMean(4.0, 2.5).MeanLife, 12);

    [Theory]
    [InlineData(0.0, 10.0, "shape")]
    [InlineData(-1.0, 10.0, "shape")]
    [InlineData(double.NaN, 10.0, "shape")]
    [InlineData(2.0, 0.0, "scale")]
    [InlineData(2.0, double.PositiveInfinity, "scale")]
    public void Constructor_Invalid_ThrowsNamingParameterAndRange(double shape, double scale, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new WeibullLife(shape, scale));
        Assert.Equal(name, e.ParamName);
        Assert.Contains($"{name} must be a finite number > 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacementProbability_NegativeAge_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => K2L10.ReplacementProbability(-1));

    [Fact]
    public void Sample_Mean_WithinFourStandardErrors()
    {
        // sd of T = lambda sqrt(Gamma(2) - Gamma(1.5)^2) = 4.633; SE of the mean of 20,000 draws = 0.0328.
        var rng = new Xoshiro256StarStar(20260101);
        const int n = 20_000;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += K2L10.Distribution.Sample(ref rng);
        }

        var se = 10 * Math.Sqrt(1 - (Math.PI / 4)) / Math.Sqrt(n);
        Assert.InRange(sum / n, K2L10.MeanLife - (4 * se), K2L10.MeanLife + (4 * se));
    }

    [Fact]
    public void SampleRemaining_FractionWithinAYear_MatchesReplacementProbability()
    {
        // At age 5, P(remaining <= 1) = q_5 = 0.10417; binomial SE over 20,000 draws = 0.0022.
        var rng = new Xoshiro256StarStar(7);
        const int n = 20_000;
        var within = 0;
        for (var i = 0; i < n; i++)
        {
            if (K2L10.SampleRemaining(ref rng, 5.0) <= 1.0)
            {
                within++;
            }
        }

        var q = 1 - Math.Exp(-0.11);
        var se = Math.Sqrt(q * (1 - q) / n);
        Assert.InRange((double)within / n, q - (4 * se), q + (4 * se));
    }
}
