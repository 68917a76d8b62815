using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class PhasingQuarterRuleTests
{
    private readonly PhasingQuarterRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_Q4ErrorNamesBothFigures()
    {
        var f = Assert.Single(Run(_rule, Plans.Shipped));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.StartsWith("Q4:", f.Message, StringComparison.Ordinal);
        Assert.Contains("600 a month x 3 = 1800", f.Message, StringComparison.Ordinal);
        Assert.Contains("28% of 5000 = 1400", f.Message, StringComparison.Ordinal);
        Assert.EndsWith("phasing.csv", f.Location.File, StringComparison.Ordinal);
        Assert.Equal(5, f.Location.Line);
        Assert.Contains(f.Fixes, x => x.Contains("466.67", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConsistentPhasing_NoFinding() => Assert.Empty(Run(_rule, Consistent));
}
