using Analytics.Decomposition;

namespace Analytics.Audit.Rules;

/// <summary>children-sum: children with stated amounts must add up to their parent (or, when some children are share-only, must not exceed it).</summary>
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
            var terms = string.Join(" + ", stated.Select(c => $"{c.Node.Id} {Figures.Amount(c.Node.Amount!.Value)}"));
            var name = $"{parent.Node.NameEn} ({parent.Node.Id})";
            var tolerance = stated.Sum(c => Figures.RoundingTolerance(c.Node.Amount!.Value)) + Figures.RoundingTolerance(parent.Amount);
            if (stated.Length == parent.Children.Count && Math.Abs(sum - parent.Amount) > tolerance)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    $"{name} is {Figures.Amount(parent.Amount)} but its children add up to {Figures.Amount(sum)} ({terms}).",
                    [
                        $"Set {parent.Node.Id} to {Figures.Amount(sum)}.",
                        $"Or change the children by {Figures.Amount(parent.Amount - sum)} in total so they add up to {Figures.Amount(parent.Amount)}.",
                    ]);
            }
            else if (stated.Length < parent.Children.Count && sum > parent.Amount + tolerance)
            {
                yield return new AuditFinding(
                    Severity.Error,
                    Id,
                    parent.Node.Source,
                    $"{name} is {Figures.Amount(parent.Amount)} but the children that state amounts already add up to {Figures.Amount(sum)} ({terms}), leaving nothing for the others.",
                    [$"Lower those children by {Figures.Amount(sum - parent.Amount)} in total, or raise {parent.Node.Id}."]);
            }
        }
    }
}
