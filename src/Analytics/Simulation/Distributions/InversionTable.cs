using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// Sampling a discrete distribution by inversion with a guide table (Chen and Asau, 1974): one
/// uniform per draw, about two comparisons, and the draw is monotone in the uniform, so two
/// scenarios that differ only in this distribution's parameters stay closely coupled.
/// </summary>
internal sealed class InversionTable
{
    /// <summary>Longest table built for a count distribution; wider ones sample by rejection instead.</summary>
    public const int MaxCountTableLength = 1 << 16;

    private readonly double[] _cumulative;
    private readonly int[] _guide;
    private readonly int _offset;

    /// <summary>Builds the table from probabilities (non-negative, summing to about 1; normalised here).</summary>
    /// <param name="probabilities">The probability of each entry.</param>
    /// <param name="offset">The value of entry 0: <see cref="Find"/> and <see cref="Quantile"/> return offset + index.</param>
    public InversionTable(ReadOnlySpan<double> probabilities, int offset = 0)
    {
        _offset = offset;
        _cumulative = new double[probabilities.Length];
        var total = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            total += probabilities[i];
            _cumulative[i] = total;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }

        // The last entry is exactly 1 so the search always ends (rounding cannot leave a gap).
        _cumulative[^1] = 1.0;
        _guide = new int[_cumulative.Length];
        var k = 0;
        for (var j = 0; j < _guide.Length; j++)
        {
            var level = (double)j / _guide.Length;
            while (_cumulative[k] <= level)
            {
                k++;
            }

            _guide[j] = k;
        }
    }

    /// <summary>
    /// A table for a count distribution over the range mean ± 40 sd (clipped to [min, max]), outside
    /// of which the mass is below 1e-300; null when that range is longer than <see cref="MaxCountTableLength"/>.
    /// </summary>
    public static InversionTable? ForCounts(Func<int, double> probability, double mean, double sd, int min, int max)
    {
        var start = (int)Math.Max(min, Math.Floor(mean - (40 * sd) - 10));
        var end = (int)Math.Min(max, Math.Ceiling(mean + (40 * sd) + 40));
        if ((long)end - start + 1 > MaxCountTableLength)
        {
            return null;
        }

        var pmf = new double[end - start + 1];
        for (var i = 0; i < pmf.Length; i++)
        {
            pmf[i] = probability(start + i); // by index: a loop on k itself would wrap past int.MaxValue
        }

        return new InversionTable(pmf, start);
    }

    /// <summary>The cumulative probability of entries 0..<paramref name="index"/>.</summary>
    public double Cumulative(int index) => _cumulative[index];

    /// <summary>Offset plus the smallest index whose cumulative probability exceeds <paramref name="u"/> (u in [0, 1)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(double u)
    {
        ref var cumulative = ref MemoryMarshal.GetArrayDataReference(_cumulative);
        var k = _guide[(int)(u * _guide.Length)];
        while (u >= Unsafe.Add(ref cumulative, k))
        {
            k++;
        }

        return _offset + k;
    }

    /// <summary>Fills <paramref name="destination"/> with draws, one uniform each (the generator is kept in a local so its state stays in registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill<TRandom>(ref TRandom rng, Span<int> destination)
        where TRandom : struct, Simulation.Random.IRandomSource
    {
        var local = rng;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Find(local.NextDouble());
        }

        rng = local;
    }

    /// <summary>Offset plus the smallest index whose cumulative probability is at least <paramref name="p"/> (p in (0, 1]).</summary>
    public int Quantile(double p)
    {
        // A lower-bound search: Array.BinarySearch may return any of several equal cumulatives
        // (a zero-probability entry repeats its predecessor's), which is not the smallest index.
        var low = 0;
        var high = _cumulative.Length - 1; // its cumulative is exactly 1 >= p
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (_cumulative[mid] >= p)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return _offset + low;
    }
}
