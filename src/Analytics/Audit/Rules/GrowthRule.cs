using Analytics.Common;

namespace Analytics.Audit.Rules;

/// <summary>growth-stated: the stated growth agrees with target / last year's sales - 1.</summary>
public sealed class GrowthRule : IAuditRule
{
    /// <inheritdoc />
    public string Id => "growth-stated";

    /// <inheritdoc />
    public string Description => "The stated growth is the target's growth over last year.";

    /// <inheritdoc />
    public IEnumerable<AuditFinding> Check(AuditContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = context.Plan.Facts;
        var implied = facts.ImpliedGrowth;
        var text = $"{Formats.PlainAmount(facts.Target)} / {Formats.PlainAmount(facts.LastYearSales)} - 1 = {Formats.PlainPercent(implied)}";
        if (Math.Abs(implied - facts.StatedGrowth) > Figures.ShareTolerance(facts.StatedGrowth, 1m))
        {
            var setGrowth = PlanCellEdit.Fact("stated_growth", decimal.Round(implied, 4));
            var setTarget = PlanCellEdit.Fact("target", facts.LastYearSales * (1 + facts.StatedGrowth));
            yield return new AuditFinding(
                Severity.Error,
                Id,
                context.Plan.FactLocation("stated_growth"),
                $"The stated growth is {Formats.PlainPercent(facts.StatedGrowth)} but {text}.",
                [
                    new AuditFix($"Set stated_growth to {setGrowth.ValueText}.", setGrowth),
                    new AuditFix($"Or set the target to {setTarget.ValueText}.", setTarget),
                ]);
            yield break;
        }

        yield return new AuditFinding(Severity.Info, Id, context.Plan.FactLocation("stated_growth"), $"Growth: {text}, as stated ({Formats.PlainPercent(facts.StatedGrowth)}).", []);
    }
}
