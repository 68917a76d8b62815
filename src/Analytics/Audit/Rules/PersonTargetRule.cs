namespace Analytics.Audit.Rules;

/// <summary>person-target: every member of the team carries a target.</summary>
public sealed class PersonTargetRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "person-target";

    /// <inheritdoc />
    public string Description => "Every person has a target.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var p in context.Decomposition.People.Where(p => p.Items.Count == 0 || p.Total == 0))
        {
            yield return new AuditFinding(
                Severity.Warning,
                Id,
                p.Person.Source,
                p.Items.Count == 0
                    ? $"{p.Person.NameEn} ({p.Person.Id}, {p.Person.Role.NameEn}) has no target: no assignment and no channel partner."
                    : $"{p.Person.NameEn} ({p.Person.Id}, {p.Person.Role.NameEn}) has a target of 0: the {p.Items.Count} item(s) assigned ({string.Join(", ", p.Items.Select(i => i.Id))}) add up to 0.",
                [AuditFix.Advice(p.Items.Count == 0
                    ? $"Assign a target to {p.Person.Id} in assignments.csv (or a partner in channel_partners.csv)."
                    : $"Give {p.Person.Id} a target with a positive amount, or remove the zero assignments.")]);
        }
    }
}
