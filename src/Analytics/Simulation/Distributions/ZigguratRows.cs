using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The fast path of <see cref="StandardNormal"/>'s ziggurat for rows of 8 random words (one word
/// per lane, as <c>Xoshiro256StarStarX8</c> writes them): one vector pass does for 8 words what
/// <see cref="StandardNormal.Sample{TRandom}(ref TRandom)"/> does for one. A word's low 8 bits pick
/// layer i and its top 53 bits give the abscissa u; the candidate u·X[i] is the normal whenever
/// |u| &lt; X[i+1]/X[i] (98.8% of words). A rejected word is flagged for
/// <see cref="StandardNormal.SampleSlow{TRandom}(ref TRandom, int, double)"/>, which needs more
/// words of its own lane. Same arithmetic as the scalar path, so the same bits.
/// </summary>
internal static class ZigguratRows
{
    private const int Lanes = 8;

    /// <summary>
    /// For each row j in [<paramref name="from"/>, <paramref name="to"/>) and lane l: candidates[8j + l]
    /// = u·X[i] of words[8j + l], and bit l of rejected[j] set when the fast path does not accept it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FastPath(ReadOnlySpan<ulong> words, Span<double> candidates, Span<byte> rejected, int from, int to)
    {
        if (from < 0 || to < from || words.Length < Lanes * to || candidates.Length < Lanes * to || rejected.Length < to)
        {
            throw new ArgumentException($"Rows [{from}, {to}) do not fit the buffers ({words.Length} words, {candidates.Length} candidates, {rejected.Length} flags).", nameof(to));
        }

        ref var word = ref MemoryMarshal.GetReference(words);
        ref var candidate = ref MemoryMarshal.GetReference(candidates);
        ref var flags = ref MemoryMarshal.GetReference(rejected);
        ref var table = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(StandardNormal.FastPathTable));
        var scale = Vector512.Create(1.0 / (1UL << 52));
        var minusOne = Vector512.Create(-1.0);
        for (var j = from; j < to; j++)
        {
            ref var row = ref Unsafe.Add(ref word, j * Lanes);
            var w = Vector512.LoadUnsafe(ref row);

            // As StandardNormal.Abscissa: the top 53 bits as a uniform in [−1, 1), exactly.
            var u = Vector512.FusedMultiplyAdd(Vector512.ConvertToDouble((w >>> 11).AsInt64()), scale, minusOne);
            var (ratio, edge) = Lookup(ref Unsafe.As<ulong, byte>(ref row), ref table);
            var accepted = Vector512.LessThan(Vector512.Abs(u), ratio);
            (u * edge).StoreUnsafe(ref candidate, (nuint)(j * Lanes));
            Unsafe.Add(ref flags, j) = (byte)~accepted.ExtractMostSignificantBits();
        }
    }

    /// <summary>
    /// The table entries of the 8 words' layers: the fast path's acceptance bounds and the layers'
    /// edges. There is no safe gather, so 8 scalar loads, each bringing a layer's (ratio, edge) pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Vector512<double> Ratio, Vector512<double> Edge) Lookup(ref byte row, ref byte table)
        => Avx512F.IsSupported ? LookupAvx512(ref row, ref table) : LookupPortable(ref row, ref table);

    /// <summary>Each pair in one 16-byte load, and two unpacks sort the pairs into ratios and edges (lanes 0, 2, 4, 6 from the first operand, 1, 3, 5, 7 from the second). AVX-512 only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Vector512<double> Ratio, Vector512<double> Edge) LookupAvx512(ref byte row, ref byte table)
    {
        // ToVector512Unsafe + WithUpper is one insert; Vector512.Create(lower, upper) goes through memory.
        var even = Vector256.Create(Pair(ref row, 0, ref table), Pair(ref row, 2, ref table)).ToVector512Unsafe()
            .WithUpper(Vector256.Create(Pair(ref row, 4, ref table), Pair(ref row, 6, ref table)));
        var odd = Vector256.Create(Pair(ref row, 1, ref table), Pair(ref row, 3, ref table)).ToVector512Unsafe()
            .WithUpper(Vector256.Create(Pair(ref row, 5, ref table), Pair(ref row, 7, ref table)));
        return (Avx512F.UnpackLow(even, odd), Avx512F.UnpackHigh(even, odd));
    }

    /// <summary>The same numbers assembled element by element, on any hardware.</summary>
    internal static (Vector512<double> Ratio, Vector512<double> Edge) LookupPortable(ref byte row, ref byte table)
    {
        Span<double> ratio = stackalloc double[Lanes];
        Span<double> edge = stackalloc double[Lanes];
        for (var lane = 0; lane < Lanes; lane++)
        {
            var pair = Pair(ref row, lane, ref table);
            ratio[lane] = pair.GetElement(0);
            edge[lane] = pair.GetElement(1);
        }

        return (Vector512.Create((ReadOnlySpan<double>)ratio), Vector512.Create((ReadOnlySpan<double>)edge));
    }

    // The (ratio, edge) pair of the layer of the word in `lane` of the row: the word's low byte
    // times the pair's 16 bytes is the pair's offset in the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Pair(ref byte row, int lane, ref byte table)
    {
        var layer = (nuint)Unsafe.Add(ref row, (lane * sizeof(ulong)) + (BitConverter.IsLittleEndian ? 0 : sizeof(ulong) - 1));
        return Vector128.LoadUnsafe(ref Unsafe.As<byte, double>(ref Unsafe.Add(ref table, layer << 4)));
    }
}
