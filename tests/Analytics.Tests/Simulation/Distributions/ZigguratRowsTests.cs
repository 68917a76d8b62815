using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class ZigguratRowsTests
{
    /// <summary>One given word, then a generator's words; counts what was drawn.</summary>
    private struct OneWordThen(ulong first, ulong seed) : IRandomSource
    {
        private Xoshiro256StarStar _rest = new(seed);

        public int Drawn { get; private set; }

        public ulong NextUInt64() => Drawn++ == 0 ? first : _rest.NextUInt64();

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    [Fact]
    public void FastPath_EveryWord_AgreesWithScalarSampler()
    {
        // For each word: accepted by the rows exactly when the scalar sampler returns after that one
        // word, and then with the same bits; rejected exactly when the scalar sampler draws more.
        const int rows = 20_000;
        var words = new ulong[8 * rows];
        var rng = new Xoshiro256StarStar(11);
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = rng.NextUInt64();
        }

        var candidates = new double[8 * rows];
        var rejected = new byte[rows];
        ZigguratRows.FastPath(words, candidates, rejected, 0, rows / 2);
        ZigguratRows.FastPath(words, candidates, rejected, rows / 2, rows);
        var rejections = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var source = new OneWordThen(words[k], 5);
            var z = StandardNormal.Sample(ref source);
            var isRejected = (rejected[k / 8] & (1 << (k % 8))) != 0;
            Assert.Equal(source.Drawn > 1, isRejected);
            if (!isRejected)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(z), BitConverter.DoubleToInt64Bits(candidates[k]));
            }

            rejections += isRejected ? 1 : 0;
        }

        // About 1.2% of words leave the fast path (the layers' wedges and the tail).
        Assert.InRange(rejections / (double)words.Length, 0.008, 0.016);
    }

    [Fact]
    public void Lookup_Avx512AndPortable_SameNumbers()
    {
        if (!Avx512F.IsSupported)
        {
            return; // only the portable lookup runs on this machine: nothing to compare
        }

        var words = new ulong[8];
        ref var table = ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(StandardNormal.FastPathTable));
        for (var layer = 0; layer < 256; layer++)
        {
            for (var l = 0; l < 8; l++)
            {
                words[l] = ((ulong)(layer + (37 * l)) & 0xFF) | (0xABCDEFUL << 11);
            }

            ref var row = ref Unsafe.As<ulong, byte>(ref words[0]);
            var (ratio, edge) = ZigguratRows.LookupAvx512(ref row, ref table);
            var (ratio2, edge2) = ZigguratRows.LookupPortable(ref row, ref table);
            Assert.Equal(ratio2, ratio);
            Assert.Equal(edge2, edge);
            for (var l = 0; l < 8; l++)
            {
                var i = (int)(words[l] & 0xFF);
                Assert.Equal(StandardNormal.FastPathTable[2 * i], ratio.GetElement(l));
                Assert.Equal(StandardNormal.LayerEdges[i], edge.GetElement(l));
            }
        }
    }

    [Fact]
    public void FastPath_RowsBeyondBuffers_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ZigguratRows.FastPath(new ulong[16], new double[16], new byte[2], 0, 3));
        Assert.Contains("do not fit", e.Message, StringComparison.Ordinal);
    }
}
