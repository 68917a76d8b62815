using Analytics.NewProduct;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Tests.NewProduct;

public class BassFitTests
{
    // m (F(i + 1) - F(i)) for p 0.03, q 0.38, m 1000, periods 0-11, rounded to whole adopters (Python).
    private static readonly double[] Rounded = [36, 49, 65, 83, 98, 108, 110, 103, 89, 72, 55, 41];

    [Fact]
    public void Fit_RoundedExactSeries_RecoversParameters()
    {
        // Rounding moves each count by at most 0.5, so the estimates may move by about 0.5 / sqrt(12)
        // in units of the fitted values: allow 2% on p and m, 1% on q.
        var fit = BassFit.Fit(new AdoptionSeries(Rounded));
        Assert.Equal(0.03, fit.Model.P, 0.0006);
        Assert.Equal(0.38, fit.Model.Q, 0.004);
        Assert.Equal(1000.0, fit.Model.M, 20.0);
        Assert.Equal(6, fit.Model.PeakPeriod);
        Assert.True(fit.RSquared > 0.999);
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(8, 15)]
    [InlineData(12, 15)]
    public void Fit_NearlyExactSeries_ConvergesAndRecoversParameters(int periods, int digits)
    {
        // The curve itself, to 1 or 15 decimals: SSE near 0, where a purely relative stopping rule
        // of the simplex never stops (8 periods to one decimal failed to converge before).
        var truth = new BassDiffusion(0.03, 0.38, 1000);
        var series = Enumerable.Range(0, periods).Select(i => Math.Round(truth.PeriodAdopters(i), digits)).ToArray();
        var fit = BassFit.Fit(new AdoptionSeries(series));
        // Rounding to 0.05 moves the fit by far less than these bounds (same reasoning as above, 10x smaller).
        Assert.Equal(0.03, fit.Model.P, 0.0003);
        Assert.Equal(0.38, fit.Model.Q, 0.002);
        Assert.Equal(1000.0, fit.Model.M, 5.0);
    }

    [Fact]
    public void Fit_NoisyData_RecoveredWithinFourStandardErrors()
    {
        // Adoption times drawn for 2000 potential adopters (a multinomial over periods 0-13).
        var truth = new BassDiffusion(0.03, 0.38, 2000);
        for (ulong block = 0; block < 5; block++)
        {
            var rng = RandomStreams.Create(2026, block, "bass-recovery");
            var counts = truth.SamplePeriodAdopters(ref rng, 14);
            var fit = BassFit.Fit(new AdoptionSeries(counts.Select(c => (double)c).ToArray()));
            Assert.InRange(fit.Model.P, 0.03 - (4 * fit.PStandardError), 0.03 + (4 * fit.PStandardError));
            Assert.InRange(fit.Model.Q, 0.38 - (4 * fit.QStandardError), 0.38 + (4 * fit.QStandardError));
            Assert.InRange(fit.Model.M, 2000 - (4 * fit.MStandardError), 2000 + (4 * fit.MStandardError));
        }
    }

    [Fact]
    public void Fit_ExponentialRiseWithoutSlowdown_DoesNotConverge()
    {
        // Still doubling at the end: any market potential beyond the data fits, so none can be estimated.
        var e = Assert.Throws<NonConvergenceException>(() => BassFit.Fit(new AdoptionSeries([1, 2, 4, 8, 16, 32, 64, 128])));
        Assert.Contains("market potential", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ThreePeriods_ThrowsSayingHowMany()
    {
        var e = Assert.Throws<ArgumentException>(() => BassFit.Fit(new AdoptionSeries([10, 20, 15])));
        Assert.Contains("at least 4 periods", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SingleBurst_Throws()
        => Assert.Throws<ArgumentException>(() => BassFit.Fit(new AdoptionSeries([0, 50, 0, 0, 0])));

    [Fact]
    public void Fitted_ExtendsBeyondData()
    {
        var fit = BassFit.Fit(new AdoptionSeries(Rounded));
        var fitted = fit.Fitted(4);
        Assert.Equal(16, fitted.Count);
        Assert.Equal(fit.Model.PeriodAdopters(15), fitted[15], 12);
    }

    [Fact]
    public void Fit_StandardErrors_AgreeWithSpreadOverRepeatedSamples()
    {
        var truth = new BassDiffusion(0.03, 0.38, 2000);
        var qs = new List<double>();
        var ses = new List<double>();
        for (ulong block = 0; block < 40; block++)
        {
            var rng = RandomStreams.Create(7, block, "bass-spread");
            var fit = BassFit.Fit(new AdoptionSeries(truth.SamplePeriodAdopters(ref rng, 14).Select(c => (double)c).ToArray()));
            qs.Add(fit.Model.Q);
            ses.Add(fit.QStandardError);
        }

        var mean = qs.Average();
        var sd = Math.Sqrt(qs.Sum(q => (q - mean) * (q - mean)) / (qs.Count - 1));
        // With 40 replicates the sample SD is itself uncertain by about 11%, so accept 0.7-1.4.
        Assert.InRange(sd / ses.Average(), 0.7, 1.4);
    }
}
