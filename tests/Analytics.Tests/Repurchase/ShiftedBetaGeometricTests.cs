using Analytics.Repurchase;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Repurchase;

public class ShiftedBetaGeometricTests
{
    // Fader and Hardie's "regular" segment estimates.
    private static readonly ShiftedBetaGeometric Regular = new(0.704, 1.182);

    // S(t) for t = 0..7 and P(T = t) for t = 1..7, from Python's math.lgamma (independent of MathNet).
    private static readonly double[] SurvivalRef = [1.0, 0.6267232237539765, 0.4738427145638177, 0.3879998758986281, 0.3320948589865046, 0.2923743729643333, 0.2624830632682992, 0.23905064169324394];
    private static readonly double[] ChurnRef = [0.37327677624602357, 0.15288050919015933, 0.08584283866518985, 0.0559050169121233, 0.039720486022171105, 0.029891309696034065, 0.023432421575054877];

    [Fact]
    public void Survival_MatchesIndependentBetaFunctionValues()
    {
        for (var t = 0; t < SurvivalRef.Length; t++)
        {
            Assert.Equal(SurvivalRef[t], Regular.Survival(t), 12);
        }
    }

    [Fact]
    public void ChurnProbability_MatchesIndependentBetaFunctionValues()
    {
        for (var t = 1; t <= ChurnRef.Length; t++)
        {
            Assert.Equal(ChurnRef[t - 1], Regular.ChurnProbability(t), 12);
        }
    }

    [Fact]
    public void Survival_EqualsProductOfRetentionRates()
    {
        // S(t) = r_1 r_2 ... r_t: the recursion against the Beta-function form.
        var product = 1.0;
        for (var t = 1; t <= 50; t++)
        {
            product *= Regular.Retention(t);
            Assert.Equal(product, Regular.Survival(t), 12);
        }
    }

    [Fact]
    public void ChurnProbability_EqualsDropInSurvival()
    {
        for (var t = 1; t <= 30; t++)
        {
            Assert.Equal(Regular.Survival(t - 1) - Regular.Survival(t), Regular.ChurnProbability(t), 12);
        }
    }

    [Fact]
    public void Retention_FirstPeriod_IsOneMinusMeanChurn()
    {
        Assert.Equal(1.182 / 1.886, Regular.Retention(1), 15);
        Assert.Equal(1 - Regular.MeanChurn, Regular.Retention(1), 15);
    }

    [Fact]
    public void ExpectedLifetime_AlphaAboveOne_IsClosedForm()
    {
        Assert.Equal((2.0 + 3.0 - 1.0) / (2.0 - 1.0), new ShiftedBetaGeometric(2, 3).ExpectedLifetime, 14);
        Assert.Equal(double.PositiveInfinity, Regular.ExpectedLifetime);
    }

    [Fact]
    public void ConditionalSurvival_IsRatioOfSurvivals()
        => Assert.Equal(Regular.Survival(5) / Regular.Survival(2), Regular.ConditionalSurvival(2, 5), 12);

    [Theory]
    [InlineData(0.0, 1.0, "alpha")]
    [InlineData(-0.5, 1.0, "alpha")]
    [InlineData(double.NaN, 1.0, "alpha")]
    [InlineData(1.0, 0.0, "beta")]
    [InlineData(1.0, double.PositiveInfinity, "beta")]
    public void Constructor_Invalid_ThrowsNamingParameterAndRange(double alpha, double beta, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftedBetaGeometric(alpha, beta));
        Assert.Equal(name, e.ParamName);
        Assert.Contains("must be a finite number > 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_PeriodZero_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Regular.Retention(0));

    [Fact]
    public void SampleCohort_AliveFractions_MatchSurvivalWithinFourSe()
    {
        // 20,000 contracts: alive at t is Binomial(n, S(t)); SE at most 0.0035.
        var rng = new Xoshiro256StarStar(42);
        const int n = 20_000;
        var alive = Regular.SampleCohort(ref rng, n, 7);
        for (var t = 0; t <= 7; t++)
        {
            var s = SurvivalRef[t];
            var se = Math.Sqrt(s * (1 - s) / n);
            Assert.InRange((double)alive[t] / n, s - (4 * se) - 1e-12, s + (4 * se) + 1e-12);
        }
    }
}
