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
                new BilingualText(
                    $"計劃寫的增長是 {Formats.PlainPercent(facts.StatedGrowth)}，但 {text}。",
                    $"The stated growth is {Formats.PlainPercent(facts.StatedGrowth)} but {text}."),
                [
                    new AuditFix(new BilingualText($"把 stated_growth 設為 {setGrowth.ValueText}。", $"Set stated_growth to {setGrowth.ValueText}."), setGrowth),
                    new AuditFix(new BilingualText($"把目標設為 {setTarget.ValueText}。", $"Set the target to {setTarget.ValueText}."), setTarget),
                ]);
            yield break;
        }

        yield return new AuditFinding(
            Severity.Info,
            Id,
            context.Plan.FactLocation("stated_growth"),
            new BilingualText($"增長：{text}，與計劃所寫（{Formats.PlainPercent(facts.StatedGrowth)}）一致。", $"Growth: {text}, as stated ({Formats.PlainPercent(facts.StatedGrowth)})."),
            []);
    }
}
