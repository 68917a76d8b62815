using Analytics.Common;

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
                $"The quarterly shares add up to {Formats.PlainPercent(shareSum)}, not 100% ({string.Join(" + ", phasing.Select(q => $"{q.Label} {Formats.PlainPercent(q.Share)}"))}).",
                [AuditFix.Advice($"Change the quarterly shares by {Formats.PlainPercent(1m - shareSum)} in total.")]);
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
            .Select(q => (Quarter: q, Edit: PlanCellEdit.QuarterMonthly(q.Quarter, q.Share * target / 3)))
            .Select(x => new AuditFix($"Set {x.Quarter.Label} to {x.Edit.ValueText} a month ({Formats.PlainPercent(x.Quarter.Share)} of {Formats.PlainAmount(target)} over 3 months).", x.Edit))
            .ToList();
        if (fixes.Count == 0)
        {
            fixes.Add(AuditFix.Advice($"Change the monthly targets by {Formats.PlainAmount(target - monthSum)} in total."));
        }

        yield return new AuditFinding(
            Severity.Error,
            Id,
            worst.Source,
            $"The monthly targets add up to {Formats.PlainAmount(monthSum)}, not the {Formats.PlainAmount(target)} target ({string.Join(" + ", phasing.Select(q => $"{q.Label} 3 x {Formats.PlainAmount(q.MonthlyAmount!.Value)}"))}); the difference is {Formats.PlainAmount(monthSum - target)}.",
            fixes);
    }
}
