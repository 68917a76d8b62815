using Analytics.Repurchase;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Tests.Repurchase;

public class ShiftedBetaGeometricFitTests
{
    [Fact]
    public void Fit_FaderHardieRegular_MatchesPublishedMle()
    {
        // Fader and Hardie (2007), years 0-7 of the "regular" segment: alpha 0.704, beta 1.182, LL -1680.3.
        var fit = ShiftedBetaGeometricFit.Fit(new CohortSurvival([1000, 631, 468, 382, 326, 289, 262, 241]));
        Assert.Equal(0.704, fit.Model.Alpha, 0.001);
        Assert.Equal(1.182, fit.Model.Beta, 0.001);
        Assert.Equal(-1680.3, fit.LogLikelihood, 0.05);
    }

    [Fact]
    public void Fit_FaderHardieHighEnd_MatchesPublishedMle()
    {
        // The "high end" segment: alpha 0.668, beta 3.806, LL -1611.2.
        var fit = ShiftedBetaGeometricFit.Fit(new CohortSurvival([1000, 869, 743, 653, 593, 551, 517, 491]));
        Assert.Equal(0.668, fit.Model.Alpha, 0.001);
        Assert.Equal(3.806, fit.Model.Beta, 0.001);
        Assert.Equal(-1611.2, fit.LogLikelihood, 0.05);
    }

    [Fact]
    public void Fit_IsAMaximum_NeighboursHaveLowerLikelihood()
    {
        var data = new CohortSurvival([1000, 631, 468, 382, 326, 289, 262, 241]);
        var fit = ShiftedBetaGeometricFit.Fit(data);
        foreach (var (da, db) in new[] { (0.01, 0.0), (-0.01, 0.0), (0.0, 0.01), (0.0, -0.01) })
        {
            var nearby = new ShiftedBetaGeometric(fit.Model.Alpha + da, fit.Model.Beta + db);
            Assert.True(ShiftedBetaGeometricFit.LogLikelihoodOf(nearby, data) < fit.LogLikelihood);
        }
    }

    [Fact]
    public void Fit_DataFromKnownParameters_RecoveredWithinFourStandardErrors()
    {
        // Five cohorts of 5000 contracts over 8 periods from alpha 1.2, beta 3.0; each estimate must lie
        // within 4 of its own asymptotic standard errors (a 1-in-15,000 miss per parameter if the SEs are right).
        var truth = new ShiftedBetaGeometric(1.2, 3.0);
        for (ulong block = 0; block < 5; block++)
        {
            var rng = RandomStreams.Create(2026, block, "sbg-recovery");
            var fit = ShiftedBetaGeometricFit.Fit(new CohortSurvival(truth.SampleCohort(ref rng, 5000, 8)));
            Assert.InRange(fit.Model.Alpha, 1.2 - (4 * fit.AlphaStandardError), 1.2 + (4 * fit.AlphaStandardError));
            Assert.InRange(fit.Model.Beta, 3.0 - (4 * fit.BetaStandardError), 3.0 + (4 * fit.BetaStandardError));
        }
    }

    [Fact]
    public void Fit_StandardErrors_AgreeWithSpreadOverRepeatedSamples()
    {
        // The Fisher-information SE should describe how estimates scatter across samples. With 40
        // replicates the sample SD is itself uncertain by about 1/sqrt(2 x 39) = 11%, so accept 0.7-1.4.
        var truth = new ShiftedBetaGeometric(1.2, 3.0);
        var alphas = new List<double>();
        var ses = new List<double>();
        for (ulong block = 0; block < 40; block++)
        {
            var rng = RandomStreams.Create(99, block, "sbg-spread");
            var fit = ShiftedBetaGeometricFit.Fit(new CohortSurvival(truth.SampleCohort(ref rng, 2000, 8)));
            alphas.Add(fit.Model.Alpha);
            ses.Add(fit.AlphaStandardError);
        }

        var mean = alphas.Average();
        var sd = Math.Sqrt(alphas.Sum(a => (a - mean) * (a - mean)) / (alphas.Count - 1));
        Assert.InRange(sd / ses.Average(), 0.7, 1.4);
    }

    [Fact]
    public void Project_BeyondData_ProjectsRetentionAndSurvival()
    {
        var fit = ShiftedBetaGeometricFit.Fit(new CohortSurvival([1000, 631, 468, 382, 326, 289, 262, 241]));
        var rows = fit.Project(12);
        Assert.Equal(12, rows.Count);
        Assert.Equal(241, rows[6].ObservedAlive);
        Assert.Null(rows[7].ObservedAlive);
        var (a, b) = (fit.Model.Alpha, fit.Model.Beta);
        Assert.Equal((b + 7) / (a + b + 7), rows[7].Retention, 12);     // r_8
        Assert.Equal(1000 * rows[7].Survival, rows[7].ExpectedAlive, 9);
    }

    [Fact]
    public void Fit_TwoPeriodsOnly_ThrowsSayingWhy()
    {
        var e = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometricFit.Fit(new CohortSurvival([1000, 631])));
        Assert.Contains("at least periods 0, 1 and 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NobodyLost_ThrowsSayingWhy()
    {
        var e = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometricFit.Fit(new CohortSurvival([100, 100, 100])));
        Assert.Contains("nobody was", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EverybodyLostAtOnce_ThrowsSayingWhy()
    {
        var e = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometricFit.Fit(new CohortSurvival([100, 0, 0])));
        Assert.Contains("same period", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_RetentionFallingWithTenure_DoesNotConverge()
    {
        // Retention 0.9, 0.78, 0.57: the opposite of what heterogeneous churn produces; no interior maximum.
        Assert.Throws<NonConvergenceException>(() => ShiftedBetaGeometricFit.Fit(new CohortSurvival([1000, 900, 700, 400])));
    }
}
