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
}
