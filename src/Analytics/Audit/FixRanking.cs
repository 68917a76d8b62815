using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>
/// Puts first the fixes that work: each fix with edits is applied to a copy of the plan and the copy
/// audited again; a fix that removes its finding and creates no new error is "checked". A finding
/// lists its checked fixes first, then its advice, then the fixes that did not check out (still
/// worth reading: "set the parent to the children's sum" is right when the parent's own parent is
/// changed too), each group in the rule's order. So applying a finding's first fix, when it has
/// edits, removes it without breaking anything else.
/// </summary>
internal static class FixRanking
{
    /// <summary>The findings of <paramref name="plan"/> with their fixes ranked; <paramref name="audit"/> audits a plan without ranking.</summary>
    public static IReadOnlyList<AuditFinding> Rank(SalesPlan plan, IReadOnlyList<AuditFinding> findings, Func<SalesPlan, IReadOnlyList<AuditFinding>> audit)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(Key).ToHashSet();
        return [.. findings.Select(f => f.Remedies.Any(r => r.CanApply) ? f.WithRemedies(Order(plan, f, errors, audit)) : f)];
    }

    /// <summary>Whether applying <paramref name="fix"/> to <paramref name="plan"/> removes <paramref name="finding"/> (no finding of its rule and severity left where it pointed) and adds no error the plan did not have.</summary>
    public static bool Checks(SalesPlan plan, AuditFinding finding, AuditFix fix, IReadOnlySet<(string, SourceLocation)> errorsBefore, Func<SalesPlan, IReadOnlyList<AuditFinding>> audit)
    {
        SalesPlan changed;
        try
        {
            changed = fix.Apply(plan);
        }
        catch (Exception e) when (e is InputException or ArgumentException or KeyNotFoundException)
        {
            return false; // the edit breaks the plan's structure or a value's range
        }

        var after = audit(changed);
        return !after.Any(f => Key(f) == Key(finding) && f.Severity == finding.Severity)
            && after.Where(f => f.Severity == Severity.Error).All(f => errorsBefore.Contains(Key(f)));
    }

    /// <summary>What identifies a finding across two audits: its rule and where it points (a fixed error may leave a note there).</summary>
    public static (string Rule, SourceLocation Location) Key(AuditFinding finding) => (finding.Rule, finding.Location);

    private static AuditFix[] Order(SalesPlan plan, AuditFinding finding, IReadOnlySet<(string, SourceLocation)> errors, Func<SalesPlan, IReadOnlyList<AuditFinding>> audit)
    {
        var rank = finding.Remedies.Select(r => !r.CanApply ? 1 : Checks(plan, finding, r, errors, audit) ? 0 : 2).ToArray();
        return [.. finding.Remedies.Select((r, i) => (r, i)).OrderBy(x => rank[x.i]).ThenBy(x => x.i).Select(x => x.r)];
    }
}
