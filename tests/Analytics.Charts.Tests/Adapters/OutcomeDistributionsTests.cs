using Analytics.Charts.Adapters;
using Analytics.Simulation.Results;
using Analytics.Statistics;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class OutcomeDistributionsTests
{
    private static OutputSummary Summary(double? target, double probability = 0.123, double se = 0.0456)
        => new("x", 100, 0, 0, 0, StandardErrorMethod.IndependentTrials, new Percentiles(0, 0, 0, 0, 0, 0, 0), target,
            target is null ? null : new Estimate(probability, se), []);

    [Fact]
    public void From_OneToHundred_RoundWidthBinsThatCountEveryTrial()
    {
        // 1..100: range 1-100 over 40 bins is 2.475 wide, rounded up to 2.5; the first edge is 0.
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();
        var d = OutcomeDistributions.From(Summary(50.5), samples);
        Assert.Equal(41, d.Bins.Count);
        Assert.Equal((0.0, 2.5, 0.02), (d.Bins[0].From, d.Bins[0].To, d.Bins[0].Share));
        Assert.Equal((5.0, 7.5, 0.03), (d.Bins[2].From, d.Bins[2].To, d.Bins[2].Share));
        Assert.Equal((100.0, 102.5, 0.01), (d.Bins[^1].From, d.Bins[^1].To, d.Bins[^1].Share));
        Assert.Equal(1.0, d.Bins.Sum(b => b.Share), 1e-12);
        Assert.All(d.Bins.Zip(d.Bins.Skip(1)), p => Assert.Equal(p.First.To, p.Second.From));
    }

    [Fact]
    public void From_OneToHundred_SCurveAtTheEdgesCountsAtMost()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        var d = OutcomeDistributions.From(Summary(50.5), samples);
        Assert.Equal(d.Bins.Count + 1, d.Cumulative.Count);
        Assert.Equal((0.0, 0.0), (d.Cumulative[0].Value, d.Cumulative[0].Probability));
        Assert.Equal((5.0, 0.05), (d.Cumulative[2].Value, d.Cumulative[2].Probability));
        Assert.Equal(1.0, d.Cumulative[^1].Probability);
    }

    [Fact]
    public void From_Summary_TargetAndProbabilityAreTheEnginesNotRecounted()
    {
        var d = OutcomeDistributions.From(Summary(50.5, 0.123, 0.0456), [1.0, 2, 3]);
        Assert.Equal((50.5, 0.123, 0.0456), (d.Target, d.ProbabilityOfHit, d.StandardError!.Value));
    }

    [Fact]
    public void From_ConstantSamples_OneBinHoldingEverything()
    {
        var d = OutcomeDistributions.From(Summary(7), [7.0, 7, 7]);
        var bin = Assert.Single(d.Bins);
        Assert.Equal((7.0, 8.0, 1.0), (bin.From, bin.To, bin.Share));
    }

    [Fact]
    public void From_Ties_AllTiedTrialsInTheBinStartingAtTheirValue()
    {
        // A point mass at 0 (no benchmark won) must land in the first bin, whole.
        var samples = Enumerable.Repeat(0.0, 300).Concat(Enumerable.Range(1, 700).Select(i => (double)i)).ToArray();
        var d = OutcomeDistributions.From(Summary(500), samples);
        // 1000 trials up to 700: bins 20 wide, so the first holds the 300 zeros and 1..19.
        Assert.Equal((0.0, 20.0, 0.319), (d.Bins[0].From, d.Bins[0].To, Math.Round(d.Bins[0].Share, 12)));
        Assert.Equal(0.3, d.Cumulative[0].Probability, 1e-12);
    }

    [Fact]
    public void From_ShippedScenarioRun_BarsSpanTheMiddleAndAgreeWithTheEnginesPHit()
    {
        var d = OutcomeDistributions.From(ScenarioRuns.Result);
        var total = ScenarioRuns.Result.Output("total");
        Assert.InRange(d.Bins.Sum(b => b.Share), OutcomeDistributions.DrawnShare - 0.001, 1.0);
        Assert.Equal(total.ProbabilityOfTarget!.Value, d.ProbabilityOfHit);
        Assert.Equal(5000, d.Target);
        // The S-curve brackets the target: P(X <= edge below) <= 1 - P(hit) <= P(X <= edge above).
        var below = d.Cumulative.Last(c => c.Value <= 5000);
        var above = d.Cumulative.First(c => c.Value >= 5000);
        Assert.InRange(1 - d.ProbabilityOfHit, below.Probability - 1e-12, above.Probability + 1e-12);
        Assert.True(d.Cumulative.Zip(d.Cumulative.Skip(1)).All(p => p.First.Probability <= p.Second.Probability));
    }

    [Fact]
    public void From_OutputWithoutTarget_Throws()
        => Assert.Throws<ArgumentException>(() => OutcomeDistributions.From(Summary(null), [1.0]));

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void From_BinsOutOfRange_Throws(int bins)
        => Assert.ThrowsAny<ArgumentException>(() => OutcomeDistributions.From(Summary(1), [1.0], bins));

    [Fact]
    public void From_EmptyOrNonFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => OutcomeDistributions.From(Summary(1), []));
        Assert.Throws<ArgumentException>(() => OutcomeDistributions.From(Summary(1), [1.0, double.NaN]));
        Assert.Throws<ArgumentException>(() => OutcomeDistributions.From(Summary(1), [1.0, double.PositiveInfinity]));
    }

    [Theory]
    [InlineData(2.475, 2.5)]
    [InlineData(0.3, 0.5)]
    [InlineData(100, 100)]
    [InlineData(101, 200)]
    [InlineData(180, 200)]
    [InlineData(210, 250)]
    public void RoundWidth_Raw_SmallestRoundStepAtLeastIt(double raw, double expected)
        => Assert.Equal(expected, OutcomeDistributions.RoundWidth(raw), 1e-9);
}
