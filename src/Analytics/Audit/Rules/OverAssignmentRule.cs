using System.Globalization;
using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>over-assignment: reports the sum of personal targets against the company target, by role (each under its own name), and checks that owner credit adds up to the target.</summary>
public sealed class OverAssignmentRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "over-assignment";

    /// <inheritdoc />
    public string Description => "Personal targets and the over-assignment they imply.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var d = context.Decomposition;
        var target = d.Root.Amount;
        var location = context.Plan.People.Count > 0 ? context.Plan.People[0].Source with { Line = 0 } : context.Plan.Root.Source;
        if (d.OwnerTotal != target)
        {
            yield return new AuditFinding(
                Severity.Warning,
                Id,
                location,
                new BilingualText(
                    $"owner 業績合計 {Formats.PlainAmount(d.OwnerTotal)}，不是目標 {Formats.PlainAmount(target)}：有些目標沒有負責人或不止一個（見 target-owner）。",
                    $"Owner credit adds up to {Formats.PlainAmount(d.OwnerTotal)}, not the {Formats.PlainAmount(target)} target: some targets have no owner or more than one (see target-owner)."),
                []);
        }

        var byRole = d.TotalsByRole();
        var ratio = decimal.Round(d.OverAssignmentRatio, 3).ToString("0.###", CultureInfo.InvariantCulture);
        yield return new AuditFinding(
            Severity.Info,
            Id,
            location,
            new BilingualText(
                $"個人目標合計 {Formats.PlainAmount(d.PersonalTotal)} = 目標 {Formats.PlainAmount(target)} 的 {ratio} 倍（{string.Join("，", byRole.Select(r => $"{r.Role.NameZh} {Formats.PlainAmount(r.Total)}"))}）；owner 業績合計 {Formats.PlainAmount(d.OwnerTotal)}。",
                $"Personal targets add up to {Formats.PlainAmount(d.PersonalTotal)} = {ratio} x the {Formats.PlainAmount(target)} target ({string.Join(", ", byRole.Select(r => $"{r.Role.NameEn} {Formats.PlainAmount(r.Total)}"))}); owner credit adds up to {Formats.PlainAmount(d.OwnerTotal)}."),
            []);
    }
}
