using Analytics.Charts.Adapters;
using Analytics.TestSupport;

namespace Analytics.Charts.Tests.Adapters;

public class QuarterRulesTests
{
    [Fact]
    public void From_TriggerResult_EachQuartersFiguresAndNoReplanBarInQ1()
    {
        var result = AnalysisRuns.Trigger;
        var rules = QuarterRules.From(result);
        Assert.Equal([1, 2, 3, 4], rules.Select(r => r.Quarter));
        Assert.Equal(result.Quarters.Select(q => q.Firing.Value), rules.Select(r => r.Firing));
        Assert.Null(rules[0].FiringWithReplan);
        Assert.Equal(result.Quarters[2].FiringWithReplan.Value, rules[2].FiringWithReplan);
        Assert.Equal(result.Quarters[1].HitGivenFired?.Value, rules[1].HitGivenFired);
        Assert.Equal(result.Quarters[3].HitGivenNotFired?.Value, rules[3].HitGivenNotFired);
    }
}
