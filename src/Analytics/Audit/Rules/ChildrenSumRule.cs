using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>
/// children-sum: children with stated amounts must add up to their parent; when some children
/// state only a share, the stated amounts plus those shares of the parent must make the parent
/// (the decomposition gives the share-only children whatever is left, so a mismatch would silently
/// move their targets away from their stated shares).
/// </summary>
public sealed class ChildrenSumRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "children-sum";

    /// <inheritdoc />
    public string Description => "Children that state amounts add up to their parent.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var parent in context.Decomposition.Root.Descendants().Where(t => !t.IsLeaf))
        {
            var stated = parent.Children.Where(c => c.Node.Amount is not null).ToArray();
            if (stated.Length == 0)
            {
                continue;
            }

            var sum = stated.Sum(c => c.Node.Amount!.Value);
            var terms = string.Join(" + ", stated.Select(c => $"{c.Node.Id} {Formats.PlainAmount(c.Node.Amount!.Value)}"));
            var name = $"{parent.Node.NameEn} ({parent.Node.Id})";
            var tolerance = stated.Sum(c => Figures.RoundingTolerance(c.Node.Amount!.Value)) + Figures.RoundingTolerance(parent.Amount);
            if (stated.Length == parent.Children.Count && Math.Abs(sum - parent.Amount) > tolerance)
            {
                var setParent = PlanCellEdit.TargetAmount(parent.Node.Id, sum);
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    $"{name} is {Formats.PlainAmount(parent.Amount)} but its children add up to {Formats.PlainAmount(sum)} ({terms}).",
                    [
                        new AuditFix($"Set {setParent.Row} to {setParent.ValueText}.", setParent),
                        AuditFix.Advice($"Or change the children by {Formats.PlainAmount(parent.Amount - sum)} in total so they add up to {Formats.PlainAmount(parent.Amount)}."),
                    ]);
            }
            else if (stated.Length < parent.Children.Count && sum > parent.Amount + tolerance)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    $"{name} is {Formats.PlainAmount(parent.Amount)} but the children that state amounts already add up to {Formats.PlainAmount(sum)} ({terms}), leaving nothing for the others.",
                    [AuditFix.Advice($"Lower those children by {Formats.PlainAmount(sum - parent.Amount)} in total, or raise {parent.Node.Id}.")]);
            }
            else if (stated.Length < parent.Children.Count)
            {
                var shareOnly = parent.Children.Where(c => c.Node.Amount is null).ToArray();
                var shareOf = shareOnly.Select(c => c.Node.Share ?? 0m).ToArray();
                var shares = shareOf.Sum();
                var implied = sum + (shares * parent.Amount);
                // Shares are read to their written precision, as in share-sum; a zero share is exact.
                var written = shareOf.Where(s => s != 0).ToArray();
                tolerance += written.Length == 0 ? 0 : Figures.ShareSumTolerance(written) * parent.Amount;
                if (Math.Abs(implied - parent.Amount) <= tolerance)
                {
                    continue;
                }

                var left = parent.Amount - sum;
                var others = string.Join(" + ", shareOnly.Zip(shareOf, (c, share) => $"{c.Node.Id} {Formats.PlainPercent(share)}"));
                var given = string.Join(", ", shareOnly.Select(c => $"{c.Node.Id} {Formats.PlainAmount(c.Amount)}"));
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    $"{name} is {Formats.PlainAmount(parent.Amount)}: the children that state amounts take {Formats.PlainAmount(sum)} ({terms}) and the share-only children's shares ({others} = {Formats.PlainPercent(shares)}) ask for {Formats.PlainAmount(shares * parent.Amount)}, together {Formats.PlainAmount(implied)}; the share-only children get the {Formats.PlainAmount(left)} left ({given}), not their stated shares.",
                    [
                        AuditFix.Advice(parent.Amount == 0
                            ? "Set the stated amounts to 0."
                            : $"Scale the share-only children's shares to add up to {Formats.PlainPercent(left / parent.Amount)}."),
                        AuditFix.Advice($"Or change the stated amounts by {Formats.PlainAmount(parent.Amount - implied)} in total."),
                    ]);
            }
        }
    }
}
