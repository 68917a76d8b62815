using Analytics.Common;
using Analytics.Decomposition;

namespace Analytics.Audit.Rules;

/// <summary>
/// children-sum: children with stated amounts must add up to their parent; when some children
/// state only a share, the stated amounts plus those shares of the parent must make the parent
/// (the decomposition gives the share-only children whatever is left, so a mismatch would silently
/// move their targets away from their stated shares).
/// </summary>
public sealed class ChildrenSumRule : IAuditRule
{
    /// <summary>How many children a finding offers to change one at a time (the largest first).</summary>
    public const int ChildFixes = 3;

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
            var id = parent.Node.Id;
            var tolerance = stated.Sum(c => Figures.RoundingTolerance(c.Node.Amount!.Value)) + Figures.RoundingTolerance(parent.Amount);
            if (stated.Length == parent.Children.Count && Math.Abs(sum - parent.Amount) > tolerance)
            {
                var setParent = PlanCellEdit.TargetAmount(id, sum);
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    new BilingualText(
                        $"{parent.Node.NameZh}（{id}）為 {Formats.PlainAmount(parent.Amount)}，但其子項合計 {Formats.PlainAmount(sum)}（{terms}）。",
                        $"{parent.Node.NameEn} ({id}) is {Formats.PlainAmount(parent.Amount)} but its children add up to {Formats.PlainAmount(sum)} ({terms})."),
                    [
                        new AuditFix(new BilingualText($"把 {setParent.Row} 設為 {setParent.ValueText}。", $"Set {setParent.Row} to {setParent.ValueText}."), setParent),
                        .. ChildAmountFixes(parent, parent.Amount - sum),
                        AuditFix.Advice(new BilingualText(
                            $"把子項合計調整 {Formats.PlainAmount(parent.Amount - sum)}，使其合計為 {Formats.PlainAmount(parent.Amount)}。",
                            $"Change the children by {Formats.PlainAmount(parent.Amount - sum)} in total so they add up to {Formats.PlainAmount(parent.Amount)}.")),
                    ]);
            }
            else if (stated.Length < parent.Children.Count && sum > parent.Amount + tolerance)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    new BilingualText(
                        $"{parent.Node.NameZh}（{id}）為 {Formats.PlainAmount(parent.Amount)}，但寫明金額的子項已合計 {Formats.PlainAmount(sum)}（{terms}），其他子項分不到任何目標。",
                        $"{parent.Node.NameEn} ({id}) is {Formats.PlainAmount(parent.Amount)} but the children that state amounts already add up to {Formats.PlainAmount(sum)} ({terms}), leaving nothing for the others."),
                    [AuditFix.Advice(new BilingualText(
                        $"把這些子項合計降低 {Formats.PlainAmount(sum - parent.Amount)}，或提高 {id}。",
                        $"Lower those children by {Formats.PlainAmount(sum - parent.Amount)} in total, or raise {id}."))]);
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
                var scale = parent.Amount == 0 || shares == 0
                    ? AuditFix.Advice(new BilingualText("把寫明的金額設為 0。", "Set the stated amounts to 0."))
                    : ScaleShares(shareOnly, left / parent.Amount);
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    new BilingualText(
                        $"{parent.Node.NameZh}（{id}）為 {Formats.PlainAmount(parent.Amount)}：寫明金額的子項佔 {Formats.PlainAmount(sum)}（{terms}），只寫份額的子項（{others} = {Formats.PlainPercent(shares)}）要 {Formats.PlainAmount(shares * parent.Amount)}，合計 {Formats.PlainAmount(implied)}；只寫份額的子項實際分到剩下的 {Formats.PlainAmount(left)}（{given}），而不是寫明的份額。",
                        $"{parent.Node.NameEn} ({id}) is {Formats.PlainAmount(parent.Amount)}: the children that state amounts take {Formats.PlainAmount(sum)} ({terms}) and the share-only children's shares ({others} = {Formats.PlainPercent(shares)}) ask for {Formats.PlainAmount(shares * parent.Amount)}, together {Formats.PlainAmount(implied)}; the share-only children get the {Formats.PlainAmount(left)} left ({given}), not their stated shares."),
                    [
                        scale,
                        AuditFix.Advice(new BilingualText(
                            $"把寫明的金額合計調整 {Formats.PlainAmount(parent.Amount - implied)}。",
                            $"Change the stated amounts by {Formats.PlainAmount(parent.Amount - implied)} in total.")),
                    ]);
            }
        }
    }

    /// <summary>One fix per child (largest first): change that child alone by <paramref name="change"/>, its share with it when it states one.</summary>
    private static IEnumerable<AuditFix> ChildAmountFixes(AllocatedTarget parent, decimal change)
    {
        foreach (var child in parent.Children.OrderByDescending(c => c.Node.Amount).Take(ChildFixes))
        {
            var from = child.Node.Amount!.Value;
            var to = from + change;
            if (to < 0)
            {
                continue;
            }

            var setAmount = PlanCellEdit.TargetAmount(child.Node.Id, to);
            PlanCellEdit[] edits = child.Node.Share is null || parent.Amount == 0 ? [setAmount] : [setAmount, PlanCellEdit.TargetShare(child.Node.Id, decimal.Round(setAmount.Value!.Value / parent.Amount, 4))];
            yield return new AuditFix(
                new BilingualText(
                    $"把 {child.Node.Id} 的金額從 {Formats.PlainAmount(from)} {(change < 0 ? "降" : "提高")}到 {setAmount.ValueText}{(edits.Length > 1 ? $"（份額改為 {edits[1].ValueText}）" : string.Empty)}。",
                    $"{(change < 0 ? "Lower" : "Raise")} {child.Node.Id}'s amount from {Formats.PlainAmount(from)} to {setAmount.ValueText}{(edits.Length > 1 ? $" (and its share to {edits[1].ValueText})" : string.Empty)}."),
                edits);
        }
    }

    /// <summary>The share-only children's shares scaled to add up to <paramref name="total"/>, at their written precision (at least two decimals).</summary>
    private static AuditFix ScaleShares(IReadOnlyList<AllocatedTarget> shareOnly, decimal total)
    {
        var shares = shareOnly.Select(c => c.Node.Share ?? 0m).ToArray();
        var scaled = ShareScaling.Scale(shares, total);
        var edits = shareOnly.Zip(scaled, (c, s) => (c, s)).Where(x => x.s != x.c.Node.Share).Select(x => PlanCellEdit.TargetShare(x.c.Node.Id, x.s)).ToArray();
        var text = new BilingualText(
            $"把只寫份額的子項按比例調整為合計 {Formats.PlainPercent(total)}。",
            $"Scale the share-only children's shares to add up to {Formats.PlainPercent(total)}.");
        return edits.Length == 0 ? AuditFix.Advice(text) : new AuditFix(text, edits);
    }
}
