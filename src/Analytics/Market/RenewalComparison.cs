using Analytics.Common;

namespace Analytics.Market;

/// <summary>
/// The customer view compared like with like: the renewal potential of the due customers is part of
/// the repurchase target (the repurchase lines), not of the whole increment, so it is set against
/// that target and, when the plan states it, against last year's repurchase. Whether the potential
/// equals the increment (the seed says "about 1200" for both) is the plan's own claim, reported as
/// such (<see cref="PlanClaimsIncrement"/>), not a finding of the toolkit.
/// </summary>
public sealed record RenewalComparison
{
    /// <summary>Compares the renewals in <paramref name="inputs"/> with the repurchase target; <paramref name="increment"/> is T - S0.</summary>
    public RenewalComparison(GrowthInputs inputs, decimal increment)
    {
        Preconditions.NotNull(inputs);
        RenewalPotential = inputs.RenewalPotential;
        RepurchaseTarget = inputs.ExistingCustomerTarget;
        RepurchaseLastYear = inputs.RepurchaseLastYear;
        Increment = increment;
    }

    /// <summary>What the due customers would order if all renewed, 萬元.</summary>
    public decimal RenewalPotential { get; }

    /// <summary>The repurchase target (the repurchase lines together), 萬元.</summary>
    public decimal RepurchaseTarget { get; }

    /// <summary>Last year's repurchase, 萬元, or null when the plan does not state it (<c>last_year</c> on the repurchase lines).</summary>
    public decimal? RepurchaseLastYear { get; }

    /// <summary>T - S0, 萬元.</summary>
    public decimal Increment { get; }

    /// <summary>The potential as a share of the repurchase target (null when the target is 0).</summary>
    public decimal? ShareOfRepurchaseTarget => RepurchaseTarget == 0 ? null : RenewalPotential / RepurchaseTarget;

    /// <summary>The repurchase target less the potential, 萬元: what maintenance and upgrades must bring (negative when renewals alone exceed the target).</summary>
    public decimal LeftForUpgrades => RepurchaseTarget - RenewalPotential;

    /// <summary>The repurchase target less last year's repurchase, 萬元, or null when last year's is not stated.</summary>
    public decimal? RepurchaseChange => RepurchaseLastYear is { } last ? RepurchaseTarget - last : null;

    /// <summary>The repurchase target's growth over last year's repurchase, a fraction, or null when last year's is not stated or 0.</summary>
    public decimal? RepurchaseGrowth => RepurchaseLastYear is { } last && last > 0 ? RepurchaseTarget / last - 1m : null;

    /// <summary>Whether the plan's renewal potential equals the increment: the plan's claim that the renewals explain the growth (the seed's), not a comparison of like with like.</summary>
    public bool PlanClaimsIncrement => RenewalPotential == Increment;

    /// <summary>The comparison in an English sentence or two.</summary>
    public string Sentence()
    {
        var share = ShareOfRepurchaseTarget is { } s ? $" ({Formats.PlainPercent(s)})" : string.Empty;
        var text = $"Like with like, the renewal potential of {Formats.PlainAmount(RenewalPotential)} is part of the {Formats.PlainAmount(RepurchaseTarget)} repurchase target{share}: maintenance and upgrades must bring {Formats.PlainAmount(LeftForUpgrades)}.";
        text += RepurchaseLastYear is { } last
            ? $" Last year's repurchase was {Formats.PlainAmount(last)}: the repurchase target changes it by {Formats.PlainAmount(RepurchaseChange!.Value)}{(RepurchaseGrowth is { } g ? $" ({Formats.PlainPercent(g)})" : string.Empty)}."
            : " Last year's repurchase is not stated (last_year on the repurchase lines of targets.csv), so the repurchase target's growth cannot be checked.";
        if (PlanClaimsIncrement)
        {
            text += $" The plan's claim that the potential equals the increment ({Formats.PlainAmount(Increment)}) is its own: renewals replace part of last year's repurchase as well as adding to it.";
        }

        return text;
    }
}
