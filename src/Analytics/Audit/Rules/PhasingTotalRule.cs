using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit.Rules;

/// <summary>
/// phasing-total: the quarterly shares add up to 100% and the monthly targets add up to the annual
/// target. The share fixes name a quarter and a direction, a quarter whose own monthly target agrees
/// with the corrected share first (the likely typo), then the largest shares, then scaling them all.
/// </summary>
public sealed class PhasingTotalRule : IAuditRule
{
    /// <summary>How many quarters a finding offers to change one at a time.</summary>
    public const int QuarterFixes = 3;

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
            var terms = string.Join(" + ", phasing.Select(q => $"{q.Label} {Formats.PlainPercent(q.Share)}"));
            yield return new AuditFinding(
                Severity.Error,
                Id,
                phasing[0].Source,
                new BilingualText(
                    $"季度份額合計 {Formats.PlainPercent(shareSum)}，不是 100%（{terms}）。",
                    $"The quarterly shares add up to {Formats.PlainPercent(shareSum)}, not 100% ({terms})."),
                ShareFixesOf(phasing, shareSum, target));
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
            .Select(x => new AuditFix(
                new BilingualText(
                    $"把 {x.Quarter.Label} 設為每月 {x.Edit.ValueText}（{Formats.PlainAmount(target)} 的 {Formats.PlainPercent(x.Quarter.Share)} 分到 3 個月）。",
                    $"Set {x.Quarter.Label} to {x.Edit.ValueText} a month ({Formats.PlainPercent(x.Quarter.Share)} of {Formats.PlainAmount(target)} over 3 months)."),
                x.Edit))
            .ToList();
        if (fixes.Count == 0)
        {
            fixes.Add(AuditFix.Advice(new BilingualText(
                $"把月目標合計調整 {Formats.PlainAmount(target - monthSum)}。",
                $"Change the monthly targets by {Formats.PlainAmount(target - monthSum)} in total.")));
        }

        yield return new AuditFinding(
            Severity.Error,
            Id,
            worst.Source,
            new BilingualText(
                $"月目標合計 {Formats.PlainAmount(monthSum)}，不是目標 {Formats.PlainAmount(target)}（{string.Join(" + ", phasing.Select(q => $"{q.Label} 3 x {Formats.PlainAmount(q.MonthlyAmount!.Value)}"))}）；相差 {Formats.PlainAmount(monthSum - target)}。",
                $"The monthly targets add up to {Formats.PlainAmount(monthSum)}, not the {Formats.PlainAmount(target)} target ({string.Join(" + ", phasing.Select(q => $"{q.Label} 3 x {Formats.PlainAmount(q.MonthlyAmount!.Value)}"))}); the difference is {Formats.PlainAmount(monthSum - target)}."),
            fixes);
    }

    private static List<AuditFix> ShareFixesOf(IReadOnlyList<PhasingQuarter> phasing, decimal shareSum, decimal target)
    {
        var change = 1m - shareSum;

        // A quarter whose monthly target x 3 is already what the corrected share asks for is the likely slip.
        bool Agrees(PhasingQuarter q) => q.MonthlyAmount is { } m && Math.Abs((3 * m) - ((q.Share + change) * target)) <= Figures.ShareTolerance(q.Share, target);
        var fixes = new List<AuditFix>();
        foreach (var q in phasing.OrderByDescending(Agrees).ThenByDescending(q => q.Share).Take(QuarterFixes))
        {
            var to = q.Share + change;
            if (to is < 0 or > 1)
            {
                continue;
            }

            var (edits, also) = Quarter(q, to, target);
            fixes.Add(ShareFixes.Single(q.Label, q.Share, to, edits, also));
        }

        var scaled = ShareScaling.Scale([.. phasing.Select(q => q.Share)], 1m);
        var all = phasing.Zip(scaled, (q, s) => (q, s)).Where(x => x.s != x.q.Share).SelectMany(x => Quarter(x.q, x.s, target).Edits).ToArray();
        var changes = ShareFixes.Changes(phasing.Select(q => q.Label), [.. phasing.Select(q => q.Share)], scaled);
        fixes.Add(new AuditFix(
            new BilingualText($"按比例調整四個季度的份額使其合計 100%（寫明的月目標隨之調整）：{changes}。", $"Scale the quarterly shares to add up to 100% (and the stated monthly targets with them): {changes}."),
            all));
        return fixes;
    }

    /// <summary>The edits that set quarter <paramref name="q"/>'s share to <paramref name="share"/>, its stated monthly target with it.</summary>
    private static (PlanCellEdit[] Edits, BilingualText? Also) Quarter(PhasingQuarter q, decimal share, decimal target)
    {
        var setShare = PlanCellEdit.QuarterShare(q.Quarter, share);
        if (q.MonthlyAmount is null)
        {
            return ([setShare], null);
        }

        var setMonthly = PlanCellEdit.QuarterMonthly(q.Quarter, share * target / 3);
        return ([setShare, setMonthly], new BilingualText($"，月目標改為 {setMonthly.ValueText}", $", and its monthly target to {setMonthly.ValueText}"));
    }
}
