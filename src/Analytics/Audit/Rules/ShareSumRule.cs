using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>
/// share-sum: when every child of a node states a share, the shares add up to 100% (within their
/// written precision). The fixes name a row and a direction ("lower nc_3c_prd's share from 0.6 to
/// 0.55"), the largest share first, then scaling every share.
/// </summary>
public sealed class ShareSumRule : IAuditRule
{
    /// <summary>How many children a finding offers to change one at a time (the largest shares first).</summary>
    public const int ChildFixes = 3;

    /// <inheritdoc />
    public string Id => "share-sum";

    /// <inheritdoc />
    public string Description => "Children's shares of their parent add up to 100%.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var parent in context.Decomposition.Root.Descendants().Where(t => !t.IsLeaf))
        {
            if (parent.Children.Any(c => c.Node.Share is null))
            {
                continue;
            }

            var shares = parent.Children.Select(c => c.Node.Share!.Value).ToArray();
            var sum = shares.Sum();
            var tolerance = Figures.ShareSumTolerance(shares);
            if (Math.Abs(sum - 1m) <= tolerance)
            {
                continue;
            }

            var terms = string.Join(" + ", parent.Children.Select(c => $"{c.Node.Id} {Formats.PlainPercent(c.Node.Share!.Value)}"));
            var fixes = new List<AuditFix>();
            foreach (var child in parent.Children.OrderByDescending(c => c.Node.Share).Take(ChildFixes))
            {
                var to = child.Node.Share!.Value + (1m - sum);
                if (to is >= 0 and <= 1)
                {
                    fixes.Add(ShareFixes.Single(child.Node.Id, child.Node.Share.Value, to, [PlanCellEdit.TargetShare(child.Node.Id, to)]));
                }
            }

            var scaled = ShareScaling.Scale(shares, 1m);
            fixes.Add(new AuditFix(
                new BilingualText(
                    $"按比例調整全部份額使其合計 100%：{ShareFixes.Changes(parent.Children.Select(c => c.Node.Id), shares, scaled)}。",
                    $"Scale every share to add up to 100%: {ShareFixes.Changes(parent.Children.Select(c => c.Node.Id), shares, scaled)}."),
                [.. parent.Children.Zip(scaled, (c, s) => (c, s)).Where(x => x.s != x.c.Node.Share).Select(x => PlanCellEdit.TargetShare(x.c.Node.Id, x.s))]));
            yield return new AuditFinding(
                Severity.Error,
                Id,
                parent.Children[0].Node.Source,
                new BilingualText(
                    $"{parent.Node.NameZh}（{parent.Node.Id}）的子項份額合計 {Formats.PlainPercent(sum)}，不是 100%（{terms}）。",
                    $"The shares of the children of {parent.Node.NameEn} ({parent.Node.Id}) add up to {Formats.PlainPercent(sum)}, not 100% ({terms})."),
                fixes);
        }
    }
}
