using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>
/// person-target: every member of the team carries a target. A manager (a role of kind director,
/// industry or regional manager, or key account) without one is an error: a target nobody is paid on
/// is a target nobody chases. Anyone else without one (a channel specialist without partners, other
/// roles) is a warning.
/// </summary>
public sealed class PersonTargetRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "person-target";

    /// <inheritdoc />
    public string Description => "Every person has a target; a manager without one is an error.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var p in context.Decomposition.People.Where(p => p.Items.Count == 0 || p.Total == 0))
        {
            var person = p.Person;
            var who = new BilingualText($"{person.NameZh}（{person.Id}，{person.Role.NameZh}）", $"{person.NameEn} ({person.Id}, {person.Role.NameEn})");
            var items = string.Join(", ", p.Items.Select(i => i.Id));
            yield return new AuditFinding(
                person.Role.IsManager ? Severity.Error : Severity.Warning,
                Id,
                person.Source,
                p.Items.Count == 0
                    ? new BilingualText($"{who.Zh}沒有目標：沒有分配，也沒有渠道夥伴。", $"{who.En} has no target: no assignment and no channel partner.")
                    : new BilingualText($"{who.Zh}的目標為 0：分配的 {p.Items.Count} 項（{items}）合計為 0。", $"{who.En} has a target of 0: the {p.Items.Count} item(s) assigned ({items}) add up to 0."),
                [AuditFix.Advice(p.Items.Count == 0
                    ? new BilingualText($"在 assignments.csv 給 {person.Id} 分配一個目標（或在 channel_partners.csv 給一個夥伴）。", $"Assign a target to {person.Id} in assignments.csv (or a partner in channel_partners.csv).")
                    : new BilingualText($"給 {person.Id} 一個金額為正的目標，或刪去金額為 0 的分配。", $"Give {person.Id} a target with a positive amount, or remove the zero assignments."))]);
        }
    }
}
