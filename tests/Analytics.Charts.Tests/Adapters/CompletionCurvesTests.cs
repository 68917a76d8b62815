using Analytics.Analyses.Trigger;
using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class CompletionCurvesTests
{
    [Fact]
    public void From_TriggerResult_BinMiddlesAndTheirProbabilitiesForQ1ToQ3()
    {
        var result = AnalysisRuns.Trigger;
        var curves = CompletionCurves.From(result);
        Assert.Equal(["after Q1", "after Q2", "after Q3"], curves.Select(c => c.Name.En));
        var bins = result.Quarters[0].HitByCompletion.Where(b => b.Trials >= 0.01 * result.Trials).ToArray();
        Assert.Equal(bins.Select(b => b.Lower + (TriggerAnalysis.BinWidth / 2)), curves[0].Completion, new Tolerance(1e-12));
        Assert.Equal(bins.Select(b => b.Hit.Value), curves[0].Probability);
    }

    [Fact]
    public void From_NoMinimumShare_EveryNonEmptyBin()
    {
        var result = AnalysisRuns.Trigger;
        var curve = Assert.Single(CompletionCurves.From(result, [2], minShare: 0));
        Assert.Equal(result.Quarters[1].HitByCompletion.Count, curve.Completion.Count);
    }

    [Fact]
    public void From_QuarterFive_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => CompletionCurves.From(AnalysisRuns.Trigger, [5]));

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }

    [Theory]
    [InlineData(1, 150, false)] // 1% of 150 is 1.5 trials: integer division (150 / 100 = 1) would have shown it
    [InlineData(2, 150, true)]
    [InlineData(0, 0, false)]
    public void Shown_AtLeastOnePercentOfTheTrialsAndNotEmpty(int binTrials, int trials, bool shown)
        => Assert.Equal(shown, CompletionCurves.Shown(new Analytics.Analyses.Trigger.CompletionBin(0.5, 0.55, binTrials, new Analytics.Statistics.Estimate(0.5, 0.1)), trials));
}
