using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Scenarios;

/// <summary>
/// Human names for a scenario's uncertain inputs, drafted from the plan's names so that a page in one
/// language never shows a raw path: <c>newCustomers.lithiumPartners.winRate</c> reads
/// "鋰電設備 渠道 贏單率" / "Lithium-battery equipment, partners: win rate". The stream is the plan's
/// line it models (<see cref="ScenarioPlanMatch.Names"/>), a funnel's industry the one its name begins
/// with (<see cref="ScenarioPlanMatch.IndustryOf"/>), a tier its letter; a name the rule cannot read is
/// shown as written (the same in both languages). The tornado, the drivers and the goal seek label their inputs here.
/// </summary>
public sealed class InputLabels
{
    private static readonly Dictionary<string, BilingualText> Keys = new(StringComparer.Ordinal)
    {
        ["winRate"] = new("贏單率", "win rate"),
        ["renewalProbability"] = new("續約機率", "renewal probability"),
        ["winProbability"] = new("贏標機率", "win probability"),
        ["multiplier"] = new("乘數", "multiplier"),
        ["elasticity"] = new("努力彈性", "effort elasticity"),
    };

    // What a goal seek's "PATH.mean" lever moves: the mean of a count or of an order value.
    private static readonly Dictionary<string, BilingualText> Means = new(StringComparer.Ordinal)
    {
        ["leads"] = new("平均線索數", "mean leads"),
        ["count"] = new("平均訂單筆數", "mean order count"),
        ["followers"] = new("平均跟隨客戶數", "mean followers"),
        ["orderValue"] = new("平均訂單金額", "mean order value"),
        ["benchmarkValue"] = new("平均標桿訂單金額", "mean benchmark order"),
        ["followerValue"] = new("平均跟隨訂單金額", "mean follower order"),
    };

    private readonly SalesPlan _plan;

    private InputLabels(SalesPlan plan) => _plan = plan;

    /// <summary>The labels of inputs of a scenario of <paramref name="plan"/>.</summary>
    public static InputLabels For(SalesPlan plan) => new(Preconditions.NotNull(plan));

    /// <summary>
    /// The label of the input named <paramref name="input"/>: a declared input or a <c>stream.component.key</c> path,
    /// and the goal seek's levers too (a group <c>stream.*.key</c>, a mean <c>stream.component.key.mean</c>, a split
    /// share <c>share.STREAM</c>).
    /// </summary>
    public BilingualText Of(string input)
    {
        Preconditions.NotBlank(input);
        var parts = input.Split('.');
        if (parts.Length == 2 && parts[0] == "share" && Line(parts[1]) is { } shared)
        {
            return new BilingualText($"{shared.NameZh} 目標占比", $"{shared.NameEn}: share of the target");
        }

        if (parts.Length == 4 && parts[3] == "mean" && Line(parts[0]) is { } counted && Means.TryGetValue(parts[2], out var mean))
        {
            var (mzh, men) = Component(counted, parts[1]);
            return new BilingualText($"{mzh} {mean.Zh}", $"{men}: {mean.En}");
        }

        if (parts.Length == 1)
        {
            return input == Drafting.ScenarioDrafter.MarketInput ? new BilingualText("市場因子", "Market factor") : BilingualText.Same(input);
        }

        if (parts.Length == 3 && parts[0] == "response" && Line(parts[1]) is { } responding && Keys.TryGetValue(parts[2], out var elasticity))
        {
            return new BilingualText($"{responding.NameZh} {elasticity.Zh}", $"{responding.NameEn}: {elasticity.En}");
        }

        var line = Line(parts[0]);
        if (line is null || !Keys.TryGetValue(parts[^1], out var key))
        {
            return BilingualText.Same(input);
        }

        if (parts.Length == 2)
        {
            return new BilingualText($"{line.NameZh} {key.Zh}", $"{line.NameEn}: {key.En}");
        }

        var (zh, en) = Component(line, parts[1]);
        return new BilingualText($"{zh} {key.Zh}", $"{en}: {key.En}");
    }

    private BusinessLine? Line(string stream) => _plan.Lines.FirstOrDefault(l => ScenarioPlanMatch.Names(stream, l.Id));

    // A component's name in the plan's words: an industry's funnel (direct or through partners), a renewal tier, the benchmarks, else the line and the name.
    private (string Zh, string En) Component(BusinessLine line, string component)
    {
        if (component == "*")
        {
            return ($"{line.NameZh} 各組成部分", $"{line.NameEn}, every component");
        }

        if (ScenarioPlanMatch.IndustryOf(component, _plan.Industries) is { } industry)
        {
            return component.Contains("partner", StringComparison.OrdinalIgnoreCase)
                ? ($"{industry.NameZh} 渠道", $"{industry.NameEn}, partners")
                : ($"{industry.NameZh} 直銷", $"{industry.NameEn}, direct");
        }

        if (component.Length == 5 && component.StartsWith("tier", StringComparison.OrdinalIgnoreCase))
        {
            var tier = char.ToUpperInvariant(component[4]);
            return ($"{tier} 類客戶", $"Tier-{tier} customers");
        }

        if (component.StartsWith("benchmark", StringComparison.OrdinalIgnoreCase))
        {
            return ($"{line.NameZh} 標桿客戶", $"{line.NameEn}, benchmarks");
        }

        return ($"{line.NameZh} {component}", $"{line.NameEn}, {component}");
    }
}
