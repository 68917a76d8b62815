namespace Analytics.Audit;

/// <summary>The audit's findings, errors first, then warnings, then information.</summary>
/// <param name="Findings">All findings.</param>
public sealed record AuditReport(IReadOnlyList<AuditFinding> Findings)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>Number of findings of <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
