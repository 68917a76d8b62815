using Analytics.Common;

namespace Analytics.Funnel;

/// <summary>
/// What winning new customers costs, as planned expectations: referral rewards (the seed: 1% of a
/// referred order's value), channel rebates on partner sales, and fixed costs such as trade shows.
/// Reported per new customer and as a share of the new-customer revenue.
/// </summary>
public sealed record AcquisitionCosts
{
    /// <summary>Creates validated cost figures.</summary>
    /// <param name="referralRevenue">Expected revenue from referred customers, 萬元, &gt;= 0.</param>
    /// <param name="referralRewardRate">The reward as a fraction of the referred order, in [0, 1] (seed: 0.01).</param>
    /// <param name="channelRevenue">Expected revenue through channel partners, 萬元, &gt;= 0.</param>
    /// <param name="channelRebateRate">The rebate as a fraction of channel sales, in [0, 1].</param>
    /// <param name="fixedCosts">Trade shows and other fixed acquisition costs, 萬元, &gt;= 0 (seed: 80 for the shows).</param>
    /// <param name="newCustomers">Expected new customers won, &gt;= 0.</param>
    /// <param name="newCustomerRevenue">Expected new-customer revenue, 萬元, &gt;= 0.</param>
    public AcquisitionCosts(decimal referralRevenue, decimal referralRewardRate, decimal channelRevenue, decimal channelRebateRate, decimal fixedCosts, double newCustomers, decimal newCustomerRevenue)
    {
        ReferralRevenue = Preconditions.NonNegative(referralRevenue);
        ReferralRewardRate = Preconditions.Share(referralRewardRate);
        ChannelRevenue = Preconditions.NonNegative(channelRevenue);
        ChannelRebateRate = Preconditions.Share(channelRebateRate);
        FixedCosts = Preconditions.NonNegative(fixedCosts);
        NewCustomers = Preconditions.NonNegative(newCustomers);
        NewCustomerRevenue = Preconditions.NonNegative(newCustomerRevenue);
    }

    /// <summary>Revenue from referred customers, 萬元.</summary>
    public decimal ReferralRevenue { get; }

    /// <summary>The referral reward rate.</summary>
    public decimal ReferralRewardRate { get; }

    /// <summary>Revenue through partners, 萬元.</summary>
    public decimal ChannelRevenue { get; }

    /// <summary>The channel rebate rate.</summary>
    public decimal ChannelRebateRate { get; }

    /// <summary>Fixed acquisition costs, 萬元.</summary>
    public decimal FixedCosts { get; }

    /// <summary>Expected new customers.</summary>
    public double NewCustomers { get; }

    /// <summary>Expected new-customer revenue, 萬元.</summary>
    public decimal NewCustomerRevenue { get; }

    /// <summary>Referral rewards: referral revenue x rate, 萬元.</summary>
    public decimal ReferralRewards => ReferralRevenue * ReferralRewardRate;

    /// <summary>Channel rebates: channel revenue x rate, 萬元.</summary>
    public decimal ChannelRebates => ChannelRevenue * ChannelRebateRate;

    /// <summary>All acquisition costs, 萬元.</summary>
    public decimal Total => ReferralRewards + ChannelRebates + FixedCosts;

    /// <summary>Cost per new customer, 萬元; null when none is expected.</summary>
    public decimal? PerNewCustomer => NewCustomers > 0 ? Total / (decimal)NewCustomers : null;

    /// <summary>Cost as a share of new-customer revenue; null when there is none.</summary>
    public decimal? ShareOfRevenue => NewCustomerRevenue > 0 ? Total / NewCustomerRevenue : null;
}
