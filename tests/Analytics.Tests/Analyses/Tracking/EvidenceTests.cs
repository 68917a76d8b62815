using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class RateEvidenceTests
{
    [Fact]
    public void LogLikelihood_BinomialKernel()
    {
        var e = new RateEvidence("p", 3, 7);
        Assert.Equal((3 * Math.Log(0.2)) + (7 * Math.Log(0.8)), e.LogLikelihood(0.2), 1e-14);
        Assert.Equal(double.NegativeInfinity, e.LogLikelihood(0));
        Assert.Equal(0, new RateEvidence("p", 0, 0).LogLikelihood(0));
        Assert.Equal(10, e.Trials);
        Assert.ThrowsAny<ArgumentException>(() => new RateEvidence("p", -1, 0));
    }
}

public class CountEvidenceTests
{
    [Fact]
    public void LogLikelihood_OneWonOfThree_HypergeometricByCount()
    {
        // One decided and won: P = K/3 for K wins this year; K = 0 contradicts it.
        var e = new CountEvidence("b", 3, 1, 0);
        Assert.Equal(double.NegativeInfinity, e.LogLikelihood(0));
        Assert.Equal(Math.Log(1.0 / 3), e.LogLikelihood(1), 1e-14);
        Assert.Equal(Math.Log(2.0 / 3), e.LogLikelihood(2), 1e-14);
        Assert.Equal(0, e.LogLikelihood(3), 1e-14);
    }

    [Fact]
    public void LogLikelihood_OneWonOneLost_OnlyOneOrTwoWinsPossible()
    {
        // C(K,1) C(3−K,1) / C(3,2): K = 1 and K = 2 give 2/3 each; 0 and 3 contradict the outcomes.
        var e = new CountEvidence("b", 3, 1, 1);
        Assert.Equal(Math.Log(2.0 / 3), e.LogLikelihood(1), 1e-14);
        Assert.Equal(Math.Log(2.0 / 3), e.LogLikelihood(2), 1e-14);
        Assert.Equal(double.NegativeInfinity, e.LogLikelihood(0));
        Assert.Equal(double.NegativeInfinity, e.LogLikelihood(3));
        Assert.ThrowsAny<ArgumentException>(() => new CountEvidence("b", 3, 2, 2));
    }
}

public class YearEvidenceTests
{
    [Fact]
    public void Constructor_BadBookedOrRepeats_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => YearEvidence.Revenue(3, [-1.0]));
        Assert.ThrowsAny<ArgumentException>(() => YearEvidence.Revenue(3, [double.NaN]));
        Assert.ThrowsAny<ArgumentException>(() => YearEvidence.Revenue(0, [5.0]));
        Assert.ThrowsAny<ArgumentException>(() => YearEvidence.Revenue(13, [5.0]));
        Assert.ThrowsAny<ArgumentException>(() => new YearEvidence(1, [1.0], [new RateEvidence("p", 1, 1), new RateEvidence("p", 2, 1)], []));
        Assert.True(YearEvidence.Revenue(12, [5.0]).WholeYear);
        Assert.Equal([0.0, 0.0], YearEvidence.Nothing(2).Booked);
    }
}
