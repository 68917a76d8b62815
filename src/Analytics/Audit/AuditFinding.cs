using Analytics.Common;

namespace Analytics.Audit;

/// <summary>
/// One finding of the audit, in Chinese and English: what is wrong, and the fixes, the first being
/// the one to apply (the auditor ranks first the fixes it has checked: applied to the plan, they
/// remove the finding and create no new error).
/// </summary>
public sealed record AuditFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="severity">Error, warning or info.</param>
    /// <param name="rule">The rule's id, e.g. "phasing-quarter".</param>
    /// <param name="location">The file and line the finding points to.</param>
    /// <param name="text">What is wrong, naming the conflicting figures, in both languages.</param>
    /// <param name="remedies">The fixes that would make the plan consistent, in the rule's order of preference, each written as if it stood alone; empty when there is none to suggest.</param>
    public AuditFinding(Severity severity, string rule, SourceLocation location, BilingualText text, IReadOnlyList<AuditFix> remedies)
    {
        Severity = severity;
        Rule = Preconditions.NotBlank(rule);
        Location = Preconditions.NotNull(location);
        Text = Preconditions.NotNull(text);
        Remedies = [.. Preconditions.NotNull(remedies).Select((r, i) => r.At(i))];
    }

    /// <summary>Error, warning or info.</summary>
    public Severity Severity { get; }

    /// <summary>The rule's id, e.g. "phasing-quarter".</summary>
    public string Rule { get; }

    /// <summary>The file and line the finding points to.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, in both languages.</summary>
    public BilingualText Text { get; }

    /// <summary>What is wrong, in English (the audit's JSON "message").</summary>
    public string Message => Text.En;

    /// <summary>The fixes, the first the one to apply, each with the plan edits that carry it out (none for advice).</summary>
    public IReadOnlyList<AuditFix> Remedies { get; }

    /// <summary>The remedies' English texts, in order: what the audit's JSON ("fixes") and text print.</summary>
    public IReadOnlyList<string> Fixes => [.. Remedies.Select(r => r.Text)];

    /// <summary>What is wrong in <paramref name="language"/>.</summary>
    public string MessageIn(Language language) => Text.In(language);

    /// <summary>The remedies' texts in <paramref name="language"/>, in order.</summary>
    public IReadOnlyList<string> FixesIn(Language language) => [.. Remedies.Select(r => r.Texts.In(language))];

    /// <summary>The same finding with its remedies in another order (each re-worded for its new place).</summary>
    internal AuditFinding WithRemedies(IReadOnlyList<AuditFix> remedies) => new(Severity, Rule, Location, Text, remedies);
}
