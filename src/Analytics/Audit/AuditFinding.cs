using Analytics.Common;

namespace Analytics.Audit;

/// <summary>One finding of the audit.</summary>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Rule">The rule's id, e.g. "phasing-quarter".</param>
/// <param name="Location">The file and line the finding points to.</param>
/// <param name="Message">What is wrong, naming the conflicting figures.</param>
/// <param name="Remedies">The fixes that would make the plan consistent, each with the plan edits that carry it out (none for advice); empty when there is none to suggest.</param>
public sealed record AuditFinding(Severity Severity, string Rule, SourceLocation Location, string Message, IReadOnlyList<AuditFix> Remedies)
{
    /// <summary>The remedies' texts, in order: what the audit's JSON ("fixes"), text and pages print.</summary>
    public IReadOnlyList<string> Fixes => [.. Remedies.Select(r => r.Text)];
}
