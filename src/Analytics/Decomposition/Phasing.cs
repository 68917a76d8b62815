using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>
/// Phases an amount over quarters by the plan's quarterly shares and over months evenly within a
/// quarter (the seed's monthly targets are flat within a quarter), rounding by largest remainder
/// so every level adds up exactly. The shares are used even when a quarter's stated monthly
/// figure disagrees with them; the audit reports that disagreement.
/// </summary>
public static class Phasing
{
    private static readonly decimal[] EvenThirds = [1m, 1m, 1m];

    /// <summary>Phases <paramref name="amount"/> by <paramref name="quarterShares"/> (Q1..Q4, any positive scale) in multiples of <paramref name="unit"/>.</summary>
    public static PeriodAllocation Phase(decimal amount, IReadOnlyList<decimal> quarterShares, decimal unit)
    {
        Preconditions.NotNull(quarterShares);
        if (quarterShares.Count != 4)
        {
            throw new ArgumentException($"Phasing needs four quarterly shares; got {quarterShares.Count}.", nameof(quarterShares));
        }

        var quarters = Allocation.LargestRemainder(amount, quarterShares, unit);
        var months = quarters.SelectMany(q => Allocation.LargestRemainder(q, EvenThirds, unit)).ToArray();
        return new PeriodAllocation(amount, quarters, months);
    }

    /// <summary>Phases <paramref name="amount"/> with the plan's shares and allocation unit.</summary>
    public static PeriodAllocation Phase(SalesPlan plan, decimal amount)
    {
        Preconditions.NotNull(plan);
        return Phase(amount, plan.Phasing.Select(q => q.Share).ToArray(), plan.Facts.AllocationUnit);
    }
}
