using Analytics.Analyses.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class ReplanComparisonTests
{
    private static Replan Shipped => TrackingFixtures.ShippedYear.Replan!;

    [Fact]
    public void Run_ShippedSample_FourAlternativesAgainstNoChange()
    {
        Assert.Equal([ReplanAlternative.NoChange, ReplanAlternative.RephasePlan, ReplanAlternative.RephaseMomentum, ReplanAlternative.BenchmarkFocus], Shipped.Alternatives.Select(a => a.Id));
        Assert.Equal(7, Shipped.FirstMonth);
        Assert.Null(Shipped.Alternatives[0].AgainstNoChange);
        Assert.Equal(TrackingFixtures.ShippedYear.Forecast.Hit.Value, Shipped.Alternatives[0].Hit.Value, 1e-12);
    }

    [Fact]
    public void Run_RephasingInThePlansProportions_MovesTargetsNotRevenue()
    {
        // s = s0 for every line: each year's revenue is no change's, so the paired difference is 0 exactly.
        var plan = Shipped.Alternatives.Single(a => a.Id == ReplanAlternative.RephasePlan);
        Assert.Equal(0, plan.AgainstNoChange!.ProbabilityDifference.Value);
        Assert.Equal(0, plan.AgainstNoChange.ProbabilityDifference.StandardError);
        Assert.Equal(0, plan.AgainstNoChange.MeanDifference.Value);

        // Its line targets are the re-phased ones and add up to what remains.
        Assert.Equal(Shipped.PlanProportions.Remaining, plan.Lines.Sum(l => l.RemainingTarget));
        Assert.Contains(Shipped.Notes, n => n.StartsWith("Re-phasing moves targets, not revenue", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BenchmarkFocus_NeverLessRevenueAndAnIntervalAroundItsGain()
    {
        // A higher win probability never wins fewer benchmarks on the same uniforms: the focus adds revenue or nothing.
        var focus = Shipped.Alternatives.Single(a => a.Id == ReplanAlternative.BenchmarkFocus);
        var d = focus.AgainstNoChange!;
        Assert.True(d.MeanDifference.Value > 0);
        Assert.True(d.ProbabilityDifference.Value >= 0);
        Assert.True(d.ProbabilityDifference.Lower95 <= d.ProbabilityDifference.Value && d.ProbabilityDifference.Value <= d.ProbabilityDifference.Upper95);
        var lines = Shipped.Alternatives[0].Lines;
        Assert.Equal(lines.Select(l => l.RemainingTarget), focus.Lines.Select(l => l.RemainingTarget));
        Assert.Equal(lines[0].Hit.Value, focus.Lines[0].Hit.Value);
    }

    [Fact]
    public void Run_MomentumWithTheResponseSection_RevenueAnswersTheNewShares()
    {
        // The scenario states a response: lines whose share of what remains falls below the plan's sell less after June.
        var momentum = Shipped.Alternatives.Single(a => a.Id == ReplanAlternative.RephaseMomentum);
        Assert.NotEqual(0, momentum.AgainstNoChange!.MeanDifference.Value);
        Assert.Equal(Shipped.Momentum.Remaining, momentum.Lines.Sum(l => l.RemainingTarget));
    }
}
