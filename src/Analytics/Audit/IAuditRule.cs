namespace Analytics.Audit;

/// <summary>One check of the plan. Rules are pure: they read the context and return findings.</summary>
public interface IAuditRule
{
    /// <summary>The rule's id, used in findings (kebab-case).</summary>
    string Id { get; }

    /// <summary>What the rule checks, in one sentence.</summary>
    string Description { get; }

    /// <summary>The rule's findings on <paramref name="context"/>; none when the plan passes.</summary>
    IEnumerable<AuditFinding> Check(AuditContext context);
}
