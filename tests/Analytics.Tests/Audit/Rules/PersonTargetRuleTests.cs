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
        var newcomer = new Person("rm_new", "新區域經理", "New regional manager", Role.BuiltInRole("regional_manager"), null, "north", Analytics.Common.SourceLocation.None);
        var f = Single(_rule, Consistent.With(people: [.. Consistent.People, newcomer]), Severity.Warning);
        Assert.Contains("rm_new", f.Message, StringComparison.Ordinal);
        Assert.Contains("has no target", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PersonWhoseOnlyTargetIsZero_WarningSaysTheItemsAddUpToZero()
    {
        // A newcomer overlays rp_north only; a 0% share (its 15% moved to the south) makes that 0.
        var newcomer = new Person("rm_new", "新區域經理", "New regional manager", Role.BuiltInRole("regional_manager"), null, "north", Analytics.Common.SourceLocation.None);
        var targets = Consistent.Targets
            .Replace("rp_north", t => t.WithFigures(null, 0m))
            .Replace("rp_south", t => t.WithFigures(null, 0.45m));
        var plan = Consistent.With(
            targets: targets,
            people: [.. Consistent.People, newcomer],
            assignments: [.. Consistent.Assignments, new Assignment("rm_new", "rp_north", Credit.Overlay, Analytics.Common.SourceLocation.None)]);
        var f = Assert.Single(Run(_rule, plan), f => f.Message.Contains("rm_new", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("has a target of 0: the 1 item(s) assigned (rp_north) add up to 0.", f.Message, StringComparison.Ordinal);
        Assert.Contains("Give rm_new a target with a positive amount, or remove the zero assignments.", f.Fixes);
    }
}
