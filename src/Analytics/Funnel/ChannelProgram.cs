using Analytics.Common;
using Analytics.Decomposition;

namespace Analytics.Funnel;

/// <summary>
/// Channel partners carrying a share of the new-customer target (the seed: 10 partners, 40% of 2200 =
/// 880 萬元), split in proportion to each partner's productivity by largest remainder in the plan's
/// unit so the parts add up to the channel target exactly. Partners are rarely equal: the program
/// reports how concentrated the channel is and what losing the biggest partner would cost, and the
/// first-order rebate (返利) as a cost.
/// </summary>
public sealed record ChannelProgram
{
    /// <summary>Creates and allocates the program.</summary>
    /// <param name="newCustomerTarget">The new-customer target, 萬元, &gt;= 0 (seed: 2200).</param>
    /// <param name="channelShare">The share partners carry, a fraction in [0, 1] (seed: 0.40).</param>
    /// <param name="partners">The partners with their productivity; ids unique; not all zero when the channel target is positive.</param>
    /// <param name="rebateRate">The rebate paid on channel sales, a fraction in [0, 1]; default 0.</param>
    /// <param name="unit">The allocation unit, 萬元, &gt; 0; default 1.</param>
    public ChannelProgram(decimal newCustomerTarget, decimal channelShare, IReadOnlyList<ChannelPartnerWeight> partners, decimal rebateRate = 0m, decimal unit = 1m)
    {
        NewCustomerTarget = Preconditions.NonNegative(newCustomerTarget);
        ChannelShare = Preconditions.Share(channelShare);
        Preconditions.NotEmpty(partners);
        Preconditions.UniqueKeys(partners, x => x.Id);

        RebateRate = Preconditions.Share(rebateRate);
        Partners = partners.ToArray();
        var parts = Allocation.LargestRemainder(ChannelTarget, Partners.Select(p => p.Productivity).ToArray(), Preconditions.Positive(unit));
        Allocations = Partners.Zip(parts, (p, a) => new KeyValuePair<string, decimal>(p.Id, a)).ToArray();
    }

    /// <summary>The new-customer target, 萬元.</summary>
    public decimal NewCustomerTarget { get; }

    /// <summary>The share partners carry.</summary>
    public decimal ChannelShare { get; }

    /// <summary>The rebate rate on channel sales.</summary>
    public decimal RebateRate { get; }

    /// <summary>The partners, in the order given.</summary>
    public IReadOnlyList<ChannelPartnerWeight> Partners { get; }

    /// <summary>Each partner's target, 萬元, in the order given; they add up to <see cref="ChannelTarget"/> exactly.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> Allocations { get; }

    /// <summary>The partners' total: new-customer target x channel share, 萬元.</summary>
    public decimal ChannelTarget => NewCustomerTarget * ChannelShare;

    /// <summary>The new-customer target left to direct sales, 萬元.</summary>
    public decimal DirectTarget => NewCustomerTarget - ChannelTarget;

    /// <summary>The rebate if partners meet their targets: channel target x rate, 萬元.</summary>
    public decimal RebateCost => ChannelTarget * RebateRate;

    /// <summary>The largest partner's share of the channel target; 0 when the channel target is 0.</summary>
    public decimal TopPartnerShare => ChannelTarget == 0 ? 0m : Allocations.Max(a => a.Value) / ChannelTarget;

    /// <summary>The Herfindahl index of the partners' shares, sum of s_i^2: 1/n when equal, 1 when one carries all.</summary>
    public decimal Concentration => ChannelTarget == 0 ? 0m : Allocations.Sum(a => a.Value / ChannelTarget * (a.Value / ChannelTarget));

    /// <summary>1 / Herfindahl: how many equal partners the channel is worth; 0 when the channel target is 0.</summary>
    public decimal EffectivePartners => Concentration == 0 ? 0m : 1m / Concentration;

    /// <summary>The channel target lost if the largest partner delivers nothing, 萬元.</summary>
    public decimal ShortfallWithoutTopPartner => Allocations.Max(a => a.Value);
}
