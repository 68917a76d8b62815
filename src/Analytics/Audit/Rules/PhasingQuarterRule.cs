using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>phasing-quarter: a quarter's monthly target times three agrees with its share of the year.</summary>
public sealed class PhasingQuarterRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "phasing-quarter";

    /// <inheritdoc />
    public string Description => "A quarter's monthly target x 3 agrees with its share of the annual target.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.Decomposition.Root.Amount;
        foreach (var q in context.Plan.Phasing.Where(q => q.MonthlyAmount is not null))
        {
            var fromMonths = 3 * q.MonthlyAmount!.Value;
            var fromShare = q.Share * target;
            if (Math.Abs(fromMonths - fromShare) <= Figures.ShareTolerance(q.Share, target))
            {
                continue;
            }

            var setMonthly = PlanCellEdit.QuarterMonthly(q.Quarter, fromShare / 3);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                q.Source,
                $"{q.Label}: {Formats.PlainAmount(q.MonthlyAmount.Value)} a month x 3 = {Formats.PlainAmount(fromMonths)}, but {Formats.PlainPercent(q.Share)} of {Formats.PlainAmount(target)} = {Formats.PlainAmount(fromShare)}; the two figures for {q.Label} disagree by {Formats.PlainAmount(fromMonths - fromShare)} ({Formats.PlainAmount(fromMonths)} would be {Formats.PlainPercent(target == 0 ? 0 : fromMonths / target)} of the year).",
                [
                    new AuditFix($"Keep the {Formats.PlainPercent(q.Share)} share: set {q.Label}'s monthly target to {setMonthly.ValueText} ({Formats.PlainAmount(fromShare)} / 3).", setMonthly),
                    AuditFix.Advice($"Or keep {Formats.PlainAmount(q.MonthlyAmount.Value)} a month: set {q.Label}'s share to {Formats.PlainPercent(target == 0 ? 0 : fromMonths / target)} and take {decimal.Round(100 * (fromMonths - fromShare) / (target == 0 ? 1 : target), 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} points off the other quarters' shares (and their monthly targets) so the year still adds up to {Formats.PlainAmount(target)}."),
                ]);
        }
    }
}
