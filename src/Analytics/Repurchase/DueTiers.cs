using System.Globalization;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Repurchase;

/// <summary>
/// The <see cref="DueTier"/>s of a customer list: the customers due for renewal in a year
/// (install year + renewal cycle), counted by tier, with the tier's mean renewal order from the
/// list and a renewal probability the caller supplies (the list holds none; the seed's reference
/// tiers use 0.80 / 0.60 / 0.40). On the shipped list: A 20 x 30, B 25 x 18, C 15 x 10 萬元.
/// </summary>
public static class DueTiers
{
    /// <summary>The tiers of the customers in <paramref name="customers"/> due in <paramref name="year"/>, A to C; a tier with nobody due is left out.</summary>
    /// <param name="customers">The customer list.</param>
    /// <param name="year">The year assessed (e.g. the plan year).</param>
    /// <param name="renewalProbability">The probability that a due customer of a tier renews, in [0, 1], for every tier that has customers due.</param>
    /// <exception cref="ArgumentException">A tier with customers due has no probability, or nobody is due.</exception>
    public static IReadOnlyList<DueTier> Of(IReadOnlyList<Customer> customers, int year, IReadOnlyDictionary<CustomerTier, double> renewalProbability)
    {
        Preconditions.NotNull(customers);
        Preconditions.NotNull(renewalProbability);
        var tiers = customers
            .Where(c => c.IsDueIn(year))
            .GroupBy(c => c.Tier)
            .OrderBy(g => g.Key)
            .Select(g => new DueTier(
                g.Key,
                g.Count(),
                renewalProbability.TryGetValue(g.Key, out var p)
                    ? p
                    : throw new ArgumentException($"renewalProbability has no entry for tier {g.Key}, which has {g.Count().ToString(CultureInfo.InvariantCulture)} customer(s) due in {year.ToString(CultureInfo.InvariantCulture)}.", nameof(renewalProbability)),
                g.Average(c => c.RenewalOrder)))
            .ToArray();
        return tiers.Length > 0
            ? tiers
            : throw new ArgumentException($"customers must include someone due in {year.ToString(CultureInfo.InvariantCulture)}; nobody is (due year = install year + renewal cycle).", nameof(customers));
    }
}
