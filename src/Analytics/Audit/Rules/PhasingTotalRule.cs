namespace Analytics.Audit.Rules;

/// <summary>phasing-total: the quarterly shares add up to 100% and the monthly targets add up to the annual target.</summary>
public sealed class PhasingTotalRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "phasing-total";

    /// <inheritdoc />
    public string Description => "Quarterly shares add up to 100% and monthly targets add up to the year's target.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var phasing = context.Plan.Phasing;
        var target = context.Decomposition.Root.Amount;
        var shareSum = phasing.Sum(q => q.Share);
        if (Math.Abs(shareSum - 1m) > Figures.ShareSumTolerance(phasing.Select(q => q.Share)))
        {
            yield return new AuditFinding(
                Severity.Error,
                Id,
                phasing[0].Source,
                $"The quarterly shares add up to {Figures.Percent(shareSum)}, not 100% ({string.Join(" + ", phasing.Select(q => $"{q.Label} {Figures.Percent(q.Share)}"))}).",
                [$"Change the quarterly shares by {Figures.Percent(1m - shareSum)} in total."]);
        }

        if (phasing.Any(q => q.MonthlyAmount is null))
        {
            yield break;
        }

        var monthSum = phasing.Sum(q => 3 * q.MonthlyAmount!.Value);
        if (Math.Abs(monthSum - target) <= phasing.Sum(q => 3 * Figures.RoundingTolerance(q.MonthlyAmount!.Value)))
        {
            yield break;
        }

        // Point at the quarter whose monthly figure strays furthest from its share.
        var worst = phasing.OrderByDescending(q => Math.Abs((3 * q.MonthlyAmount!.Value) - (q.Share * target))).First();
        var fixes = phasing
            .Where(q => Math.Abs((3 * q.MonthlyAmount!.Value) - (q.Share * target)) > Figures.ShareTolerance(q.Share, target))
            .Select(q => $"Set {q.Label} to {Figures.Amount(q.Share * target / 3)} a month ({Figures.Percent(q.Share)} of {Figures.Amount(target)} over 3 months).")
            .ToList();
        if (fixes.Count == 0)
        {
            fixes.Add($"Change the monthly targets by {Figures.Amount(target - monthSum)} in total.");
        }

        yield return new AuditFinding(
            Severity.Error,
            Id,
            worst.Source,
            $"The monthly targets add up to {Figures.Amount(monthSum)}, not the {Figures.Amount(target)} target ({string.Join(" + ", phasing.Select(q => $"{q.Label} 3 x {Figures.Amount(q.MonthlyAmount!.Value)}"))}); the difference is {Figures.Amount(monthSum - target)}.",
            fixes);
    }
}
