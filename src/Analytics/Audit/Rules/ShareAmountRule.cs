using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>share-amount: a node that states both an amount and a share must have them agree (within the share's written precision).</summary>
public sealed class ShareAmountRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "share-amount";

    /// <inheritdoc />
    public string Description => "A stated share of the parent agrees with the stated amount.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var parent in context.Decomposition.Root.Descendants())
        {
            foreach (var child in parent.Children.Where(c => c.Node is { Amount: not null, Share: not null }))
            {
                var amount = child.Node.Amount!.Value;
                var share = child.Node.Share!.Value;
                var implied = share * parent.Amount;
                if (Math.Abs(amount - implied) <= Figures.ShareTolerance(share, parent.Amount))
                {
                    continue;
                }

                var actual = parent.Amount == 0 ? 0 : amount / parent.Amount;
                var id = child.Node.Id;
                var setShare = PlanCellEdit.TargetShare(id, decimal.Round(actual, 4));
                var setAmount = PlanCellEdit.TargetAmount(id, implied);
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    child.Node.Source,
                    new BilingualText(
                        $"{child.Node.NameZh}（{id}）寫明 {Formats.PlainAmount(amount)}，即 {parent.Node.Id} 的 {Formats.PlainAmount(parent.Amount)} 的 {Formats.PlainPercent(actual)}，但其份額寫的是 {Formats.PlainPercent(share)}（{Formats.PlainAmount(implied)}）。",
                        $"{child.Node.NameEn} ({id}) states {Formats.PlainAmount(amount)}, which is {Formats.PlainPercent(actual)} of {parent.Node.Id}'s {Formats.PlainAmount(parent.Amount)}, but its share is {Formats.PlainPercent(share)} ({Formats.PlainAmount(implied)})."),
                    [
                        new AuditFix(new BilingualText($"把 {id} 的份額設為 {setShare.ValueText}。", $"Set the share of {id} to {setShare.ValueText}."), setShare),
                        new AuditFix(new BilingualText($"把其金額設為 {setAmount.ValueText}。", $"Set its amount to {setAmount.ValueText}."), setAmount),
                    ]);
            }
        }
    }
}
