namespace Analytics.Simulation.Results;

/// <summary>
/// Order statistics without a full sort: quickselect (median-of-three, Hoare partition) for several
/// ranks at once, each call narrowing the range for the next. About 3n comparisons for a handful of
/// ranks instead of the n log n of sorting a million trials.
/// </summary>
internal static class Selection
{
    /// <summary>Rearranges <paramref name="values"/> so each rank in <paramref name="ranks"/> (ascending, distinct) holds its order statistic.</summary>
    public static void SelectRanks(Span<double> values, ReadOnlySpan<int> ranks)
    {
        var lo = 0;
        foreach (var rank in ranks)
        {
            Select(values, lo, values.Length - 1, rank);
            lo = rank + 1;
        }
    }

    private static void Select(Span<double> a, int lo, int hi, int k)
    {
        var budget = 64; // after that many rounds (adversarial data only) sort the rest
        while (hi > lo)
        {
            if (hi - lo < 16 || --budget == 0)
            {
                a[lo..(hi + 1)].Sort();
                return;
            }

            var mid = lo + ((hi - lo) / 2);
            if (a[mid] < a[lo])
            {
                (a[mid], a[lo]) = (a[lo], a[mid]);
            }

            if (a[hi] < a[lo])
            {
                (a[hi], a[lo]) = (a[lo], a[hi]);
            }

            if (a[hi] < a[mid])
            {
                (a[hi], a[mid]) = (a[mid], a[hi]);
            }

            var pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }
}
