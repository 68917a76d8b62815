using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>share-sum: when every child of a node states a share, the shares add up to 100% (within their written precision).</summary>
public sealed class ShareSumRule : IAuditRule
{
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

            yield return new AuditFinding(
                Severity.Error,
                Id,
                parent.Children[0].Node.Source,
                $"The shares of the children of {parent.Node.NameEn} ({parent.Node.Id}) add up to {Formats.PlainPercent(sum)}, not 100% ({string.Join(" + ", parent.Children.Select(c => $"{c.Node.Id} {Formats.PlainPercent(c.Node.Share!.Value)}"))}).",
                [AuditFix.Advice($"Change the shares by {Formats.PlainPercent(1m - sum)} in total.")]);
        }
    }
}
