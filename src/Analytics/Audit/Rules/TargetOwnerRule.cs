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
            var id = leaf.Node.Id;
            if (holders.Length == 0)
            {
                var above = string.Join(", ", chain.Where(c => c != id));
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    leaf.Node.Source,
                    new BilingualText(
                        $"目標 {leaf.Node.NameZh}（{id}，{Formats.PlainAmount(leaf.Amount)}）沒有負責人：沒有人對它{(above.Length == 0 ? "" : $"或 {above}")}持有 owner 業績。",
                        $"The target {leaf.Node.NameEn} ({id}, {Formats.PlainAmount(leaf.Amount)}) has no owner: nobody holds owner credit for it{(above.Length == 0 ? " (owner credit on the company target does not count: it is the director's overlay)" : $" or for {above}")}."),
                    [AuditFix.Advice(new BilingualText(
                        $"在 assignments.csv 加一行：<person>,{id},owner（或負責它的一個上級目標）。",
                        $"Add a row to assignments.csv: <person>,{id},owner (or own one of its parents)."))]);
            }
            else if (holders.Length > 1)
            {
                var list = string.Join(", ", holders.Select(h => $"{h.PersonId} via {h.TargetId}"));
                yield return new AuditFinding(
                    Severity.Warning,
                    Id,
                    leaf.Node.Source,
                    new BilingualText(
                        $"目標 {leaf.Node.NameZh}（{id}）有 {holders.Length} 個負責人（{string.Join("、", holders.Select(h => $"{h.PersonId} 經 {h.TargetId}"))}）：owner 業績因此合計超過目標。",
                        $"The target {leaf.Node.NameEn} ({id}) has {holders.Length} owners ({list}): owner credit then adds up to more than the target."),
                    [AuditFix.Advice(new BilingualText("只保留一個 owner，其餘改為 overlay。", "Keep one owner and make the others overlay."))]);
            }
        }
    }
}
