using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class PhasingTotalRuleTests
{
    private readonly PhasingTotalRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_MonthsAddUpTo5400Not5000()
    {
        var f = Assert.Single(Run(_rule, Plans.Shipped));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("add up to 5400, not the 5000 target", f.Message, StringComparison.Ordinal);
        Assert.Equal(5, f.Location.Line); // the Q4 row, the one that strays
        Assert.Equal(["Set Q4 to 466.67 a month (28% of 5000 over 3 months)."], f.Fixes);
    }

    [Fact]
    public void Check_ConsistentPhasing_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_SharesAddUpTo99Percent_Error()
    {
        var phasing = Consistent.Phasing.Select(q => q.Quarter == 1 ? new PhasingQuarter(1, null, 0.17m, "", "", q.Source) : q).ToArray();
        var f = Assert.Single(Run(_rule, Consistent.With(phasing: phasing)));
        Assert.Contains("quarterly shares add up to 99%, not 100%", f.Message, StringComparison.Ordinal);
    }
}
