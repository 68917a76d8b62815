using Analytics.Audit;
using Analytics.Audit.Rules;
using Analytics.Planning;
using Analytics.TestSupport;
using static Analytics.Tests.Audit.AuditTestKit;

namespace Analytics.Tests.Audit.Rules;

public class PersonTargetRuleTests
{
    private readonly PersonTargetRule _rule = new();

    [Fact]
    public void Check_ShippedPlan_NoFinding() => Assert.Empty(Run(_rule, Consistent));

    [Fact]
    public void Check_PersonWithoutTarget_Warning()
    {
        var newcomer = new Person("rm_new", "新區域經理", "New regional manager", PersonRole.RegionalManager, null, "north", Analytics.Common.SourceLocation.None);
        var f = Single(_rule, Consistent.With(people: [.. Consistent.People, newcomer]), Severity.Warning);
        Assert.Contains("rm_new", f.Message, StringComparison.Ordinal);
        Assert.Contains("has no target", f.Message, StringComparison.Ordinal);
    }
}
