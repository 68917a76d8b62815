using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>target-owner: every leaf target has exactly one owner (on itself or an ancestor below the company level).</summary>
public sealed class TargetOwnerRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "target-owner";

    /// <inheritdoc />
    public string Description => "Every target has one owner.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.Plan;
        var owners = plan.Assignments.Where(a => a.Credit == Credit.Owner).ToArray();
        foreach (var leaf in context.Decomposition.Root.Descendants().Where(t => t.IsLeaf && t.Node.Level != TargetLevel.Company))
        {
            var chain = new[] { leaf.Node }.Concat(plan.AncestorsOf(leaf.Node)).Where(n => n.Level != TargetLevel.Company).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var holders = owners.Where(a => chain.Contains(a.TargetId)).ToArray();
            if (holders.Length == 0)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    leaf.Node.Source,
                    $"The target {leaf.Node.NameEn} ({leaf.Node.Id}, {Formats.PlainAmount(leaf.Amount)}) has no owner: nobody holds owner credit for it or for {string.Join(", ", chain.Where(c => c != leaf.Node.Id))}.",
                    [AuditFix.Advice($"Add a row to assignments.csv: <person>,{leaf.Node.Id},owner (or own one of its parents).")]);
            }
            else if (holders.Length > 1)
            {
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    leaf.Node.Source,
                    $"The target {leaf.Node.NameEn} ({leaf.Node.Id}) has {holders.Length} owners ({string.Join(", ", holders.Select(h => $"{h.PersonId} via {h.TargetId}"))}): owner credit then adds up to more than the target.",
                    [AuditFix.Advice("Keep one owner and make the others overlay.")]);
            }
        }
    }
}
