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
                var setShare = PlanCellEdit.TargetShare(child.Node.Id, decimal.Round(actual, 4));
                var setAmount = PlanCellEdit.TargetAmount(child.Node.Id, implied);
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    child.Node.Source,
                    $"{child.Node.NameEn} ({child.Node.Id}) states {Formats.PlainAmount(amount)}, which is {Formats.PlainPercent(actual)} of {parent.Node.Id}'s {Formats.PlainAmount(parent.Amount)}, but its share is {Formats.PlainPercent(share)} ({Formats.PlainAmount(implied)}).",
                    [
                        new AuditFix($"Set the share of {child.Node.Id} to {setShare.ValueText}.", setShare),
                        new AuditFix($"Or set its amount to {setAmount.ValueText}.", setAmount),
                    ]);
            }
        }
    }
}
