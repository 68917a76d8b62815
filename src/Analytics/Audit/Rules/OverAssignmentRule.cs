using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>over-assignment: reports the sum of personal targets against the company target, by role, and checks that owner credit adds up to the target.</summary>
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
        var location = context.Plan.People.Count > 0 ? new Common.SourceLocation(context.Plan.People[0].Source.File, 0) : context.Plan.Root.Source;
        if (d.OwnerTotal != target)
        {
            yield return new AuditFinding(
                Severity.Warning,
                Id,
                location,
                $"Owner credit adds up to {Formats.PlainAmount(d.OwnerTotal)}, not the {Formats.PlainAmount(target)} target: some targets have no owner or more than one (see target-owner).",
                []);
        }

        var byRole = d.TotalsByRole();
        var roles = string.Join(", ", byRole.Select(r => $"{r.Role.NameEn} {Formats.PlainAmount(r.Total)}"));
        yield return new AuditFinding(
            Severity.Info,
            Id,
            location,
            $"Personal targets add up to {Formats.PlainAmount(d.PersonalTotal)} = {decimal.Round(d.OverAssignmentRatio, 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} x the {Formats.PlainAmount(target)} target ({roles}); owner credit adds up to {Formats.PlainAmount(d.OwnerTotal)}.",
            []);
    }
}
