using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class GoodnessOfFitTests
{
    // Uniform(0, 1): F(x) = x, so both statistics can be worked by hand.
    private static readonly Uniform Unit = new(0, 1);

    [Fact]
    public void KolmogorovSmirnov_ThreePointsAgainstTheUniform_HandComputed()
    {
        // x = 0.1, 0.5, 0.6: D+ = max(1/3 − 0.1, 2/3 − 0.5, 1 − 0.6) = 0.4; D− = max(0.1, 0.5 − 1/3, 0.6 − 2/3) = 1/6.
        Assert.Equal(0.4, GoodnessOfFit.KolmogorovSmirnov([0.1, 0.5, 0.6], Unit), 12);
    }

    [Fact]
    public void AndersonDarling_ThreePointsAgainstTheUniform_HandComputed()
    {
        // A² = −3 − (1/3)[1(ln 0.1 + ln 0.4) + 3(ln 0.5 + ln 0.5) + 5(ln 0.6 + ln 0.9)].
        var expected = -3 - ((Math.Log(0.1) + Math.Log(0.4) + (3 * (Math.Log(0.5) + Math.Log(0.5))) + (5 * (Math.Log(0.6) + Math.Log(0.9)))) / 3);
        Assert.Equal(expected, GoodnessOfFit.AndersonDarling([0.1, 0.5, 0.6], Unit), 12);
    }

    [Fact]
    public void AndersonDarling_ValueBeyondTheFitsSupport_Finite()
        => Assert.True(double.IsFinite(GoodnessOfFit.AndersonDarling([0.2, 0.5, 1.5], Unit)));

    [Fact]
    public void Statistics_FullySpecifiedNull_StephensCriticalValues()
    {
        // Stephens (1974), case 0 (parameters known): the 5% points of √n·D·(1 + 0.12/√n + 0.11/n)… are 1.358
        // for D (modified as D(√n + 0.12 + 0.11/√n)) and 2.492 for A². 4000 samples of n = 20 from the
        // hypothesised distribution: the share beyond each point is 0.05 within 3 binomial SE (0.0103).
        const int samples = 4000;
        var n = 20;
        var (beyondD, beyondA) = (0, 0);
        for (var s = 0; s < samples; s++)
        {
            var x = Draws.Of(Unit, n, (ulong)(1000 + s)).Order().ToArray();
            beyondD += GoodnessOfFit.KolmogorovSmirnov(x, Unit) * (Math.Sqrt(n) + 0.12 + (0.11 / Math.Sqrt(n))) >= 1.358 ? 1 : 0;
            beyondA += GoodnessOfFit.AndersonDarling(x, Unit) >= 2.492 ? 1 : 0;
        }

        var tolerance = 3 * Math.Sqrt(0.05 * 0.95 / samples);
        Assert.InRange(beyondD / (double)samples, 0.05 - tolerance, 0.05 + tolerance);
        Assert.InRange(beyondA / (double)samples, 0.05 - tolerance, 0.05 + tolerance);
    }
}
