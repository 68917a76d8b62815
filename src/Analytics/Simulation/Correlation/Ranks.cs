namespace Analytics.Simulation.Correlation;

/// <summary>Ranks and Spearman's rank correlation, ties given their average rank.</summary>
public static class Ranks
{
    /// <summary>Writes the 1-based ranks of <paramref name="values"/> into <paramref name="ranks"/> (ties share their average rank).</summary>
    public static void Of(ReadOnlySpan<double> values, Span<double> ranks)
    {
        if (ranks.Length != values.Length)
        {
            throw new ArgumentException($"ranks must have the length of values ({values.Length}); had {ranks.Length}.", nameof(ranks));
        }

        var keys = values.ToArray();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        OfSorted(keys, order, ranks);
    }

    /// <summary>
    /// The ranks from values already sorted: <paramref name="sorted"/>[s] is the value at position
    /// <paramref name="order"/>[s]; writes ranks[order[s]], ties sharing their average rank. For a
    /// caller that has sorted anyway (Iman-Conover reorders by it) and would otherwise sort again.
    /// </summary>
    internal static void OfSorted(ReadOnlySpan<double> sorted, ReadOnlySpan<int> order, Span<double> ranks)
    {
        var start = 0;
        while (start < sorted.Length)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            var rank = ((start + end - 1) / 2.0) + 1;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end;
        }
    }

    /// <summary>Spearman's rho of two equally long samples (0 when either is constant).</summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var rx = new double[x.Length];
        var ry = new double[y.Length];
        Of(x, rx);
        Of(y, ry);
        return Pearson(rx, ry);
    }

    /// <summary>Pearson's correlation of two equally long samples (0 when either is constant).</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"y must have the length of x ({x.Length}); had {y.Length}.", nameof(y));
        }

        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
