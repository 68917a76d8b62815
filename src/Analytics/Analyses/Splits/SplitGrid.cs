using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>Splits on a regular grid over the simplex: every split whose shares are whole multiples of the step.</summary>
public static class SplitGrid
{
    /// <summary>
    /// Every split of <paramref name="streams"/> shares that are multiples of <paramref name="step"/>
    /// (1/step must be a whole number within 1e-9): C(m + k − 1, k − 1) splits for m = 1/step, e.g.
    /// 231 for three streams at 5%. Ordered lexicographically by the first share, then the second...
    /// </summary>
    /// <param name="streams">Number of streams, 1 to 10.</param>
    /// <param name="step">The grid step, in (0, 1]; 1/step a whole number (default 0.05).</param>
    public static IReadOnlyList<Split> Simplex(int streams, double step = 0.05)
    {
        Preconditions.InRange(streams, 1, 10);
        Preconditions.InRange(step, 1e-4, 1);
        var m = (int)Math.Round(1 / step);
        if (Math.Abs((m * step) - 1) > 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(step), $"step must divide 1 into a whole number of parts (0.05, 0.1, 0.025, ...); was {Preconditions.Format(step)}.");
        }

        var result = new List<Split>();
        var units = new int[streams];
        void Fill(int k, int left)
        {
            if (k == streams - 1)
            {
                units[k] = left;
                result.Add(new Split(units.Select(u => (double)u / m).ToArray()));
                return;
            }

            for (var u = 0; u <= left; u++)
            {
                units[k] = u;
                Fill(k + 1, left - u);
            }
        }

        Fill(0, m);
        return result;
    }
}
