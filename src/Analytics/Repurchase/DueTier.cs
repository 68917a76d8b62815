using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Repurchase;

/// <summary>
/// The customers of one tier who are due for renewal this year, how likely each is to renew, and
/// what a renewal is worth. The seed's reference tiers: A 20 customers at 0.80 worth 30 萬元,
/// B 25 at 0.60 worth 18, C 15 at 0.40 worth 10.
/// </summary>
public sealed record DueTier
{
    /// <summary>Creates a validated tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="customers">Customers due, &gt;= 0.</param>
    /// <param name="probability">The probability that one renews, in [0, 1]; customers renew independently.</param>
    /// <param name="orderValue">The mean value of a renewal order, 萬元, &gt;= 0.</param>
    public DueTier(CustomerTier tier, int customers, double probability, decimal orderValue)
    {
        Tier = Enum.IsDefined(tier) ? tier : throw new ArgumentOutOfRangeException(nameof(tier), $"tier must be A, B or C; was {(int)tier}.");
        Customers = Preconditions.NonNegative(customers);
        Probability = Preconditions.Probability(probability);
        OrderValue = Preconditions.NonNegative(orderValue);
    }

    /// <summary>The tier.</summary>
    public CustomerTier Tier { get; }

    /// <summary>Customers due.</summary>
    public int Customers { get; }

    /// <summary>The probability that one renews.</summary>
    public double Probability { get; }

    /// <summary>The mean renewal order, 萬元.</summary>
    public decimal OrderValue { get; }

    /// <summary>What the tier orders if every customer renews: n v, 萬元.</summary>
    public decimal Potential => Customers * OrderValue;

    /// <summary>The expected number renewing: n p.</summary>
    public double ExpectedRenewing => Customers * Probability;

    /// <summary>The expected renewal revenue n p v, 萬元 (p enters as its shortest decimal text, so 0.8 is exactly 0.8).</summary>
    public decimal Expected => Customers * (decimal)Probability * OrderValue;

    /// <summary>The standard deviation of the number renewing, sqrt(n p (1 - p)) (binomial).</summary>
    public double RenewingStandardDeviation => Math.Sqrt(Customers * Probability * (1.0 - Probability));
}
