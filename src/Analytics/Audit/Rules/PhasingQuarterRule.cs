using System.Globalization;
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
            var monthly = Formats.PlainAmount(q.MonthlyAmount.Value);
            var monthsShare = Formats.PlainPercent(target == 0 ? 0 : fromMonths / target);
            var points = decimal.Round(100 * (fromMonths - fromShare) / (target == 0 ? 1 : target), 2).ToString("0.##", CultureInfo.InvariantCulture);
            yield return new AuditFinding(
                Severity.Error,
                Id,
                q.Source,
                new BilingualText(
                    $"{q.Label}：每月 {monthly} x 3 = {Formats.PlainAmount(fromMonths)}，但 {Formats.PlainAmount(target)} 的 {Formats.PlainPercent(q.Share)} = {Formats.PlainAmount(fromShare)}；{q.Label} 的兩個數字相差 {Formats.PlainAmount(fromMonths - fromShare)}（{Formats.PlainAmount(fromMonths)} 會是全年的 {monthsShare}）。",
                    $"{q.Label}: {monthly} a month x 3 = {Formats.PlainAmount(fromMonths)}, but {Formats.PlainPercent(q.Share)} of {Formats.PlainAmount(target)} = {Formats.PlainAmount(fromShare)}; the two figures for {q.Label} disagree by {Formats.PlainAmount(fromMonths - fromShare)} ({Formats.PlainAmount(fromMonths)} would be {monthsShare} of the year)."),
                [
                    new AuditFix(
                        new BilingualText(
                            $"保留 {Formats.PlainPercent(q.Share)} 的份額：把 {q.Label} 的月目標設為 {setMonthly.ValueText}（{Formats.PlainAmount(fromShare)} / 3）。",
                            $"Keep the {Formats.PlainPercent(q.Share)} share: set {q.Label}'s monthly target to {setMonthly.ValueText} ({Formats.PlainAmount(fromShare)} / 3)."),
                        setMonthly),
                    AuditFix.Advice(new BilingualText(
                        $"保留每月 {monthly}：把 {q.Label} 的份額設為 {monthsShare}，並從其他季度的份額（及其月目標）共減去 {points} 個百分點，使全年仍合計 {Formats.PlainAmount(target)}。",
                        $"Keep {monthly} a month: set {q.Label}'s share to {monthsShare} and take {points} points off the other quarters' shares (and their monthly targets) so the year still adds up to {Formats.PlainAmount(target)}.")),
                ]);
        }
    }
}
