using Analytics.Common;

namespace Analytics.Decomposition;

/// <summary>
/// Largest-remainder (Hamilton) apportionment in <see cref="decimal"/>: splits a total over
/// weights in multiples of a unit so that the parts add up to the total exactly. Each part is
/// its exact quota rounded down or up by less than one unit; the leftover units go to the largest
/// remainders (ties: larger weight first, then earlier position, so the result is deterministic).
/// </summary>
public static class Allocation
{
    /// <summary>Splits <paramref name="total"/> over <paramref name="weights"/> in multiples of <paramref name="unit"/>.</summary>
    /// <param name="total">The amount to split (&gt;= 0).</param>
    /// <param name="weights">Non-negative weights (shares or amounts), not all zero unless the total is zero; they need not add up to 1.</param>
    /// <param name="unit">The rounding unit (&gt; 0), e.g. 1 萬元. A total that is not a multiple of the unit keeps its sub-unit rest on the largest-weight part, so the sum is still exact.</param>
    /// <returns>One part per weight, in order; the parts add up to <paramref name="total"/> exactly.</returns>
    public static decimal[] LargestRemainder(decimal total, IReadOnlyList<decimal> weights, decimal unit)
    {
        Preconditions.NonNegative(total);
        Preconditions.NotNull(weights);
        Preconditions.Positive(unit);
        var n = weights.Count;
        if (n == 0)
        {
            return total == 0 ? [] : throw new ArgumentException($"Cannot split {Preconditions.Format(total)} over no parts.", nameof(weights));
        }

        var sum = 0m;
        foreach (var w in weights)
        {
            sum += Preconditions.NonNegative(w, nameof(weights));
        }

        var parts = new decimal[n];
        if (total == 0)
        {
            return parts;
        }

        if (sum == 0)
        {
            throw new ArgumentException($"Cannot split {Preconditions.Format(total)} over weights that are all zero.", nameof(weights));
        }

        var units = decimal.Floor(total / unit);
        var rest = total - (units * unit);
        var remainders = new decimal[n];
        var given = 0m;
        for (var i = 0; i < n; i++)
        {
            var quota = units * weights[i] / sum;
            var whole = decimal.Floor(quota);
            parts[i] = whole;
            remainders[i] = quota - whole;
            given += whole;
        }

        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => weights[i])
            .ThenBy(i => i)
            .ToArray();
        var left = (int)(units - given);
        for (var k = 0; k < left; k++)
        {
            parts[order[k]] += 1;
        }

        var largest = 0;
        for (var i = 0; i < n; i++)
        {
            parts[i] *= unit;
            if (weights[i] > weights[largest])
            {
                largest = i;
            }
        }

        parts[largest] += rest;
        return parts;
    }

    /// <summary>Splits a whole count over weights (unit 1): e.g. 90 customers over a 55/45 region mix.</summary>
    public static int[] LargestRemainder(int total, IReadOnlyList<decimal> weights)
        => LargestRemainder(Preconditions.NonNegative(total), weights, 1m).Select(p => (int)p).ToArray();
}
