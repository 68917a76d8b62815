using System.Runtime.Intrinsics;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Random;

public class SplitMix64Tests
{
    [Fact]
    public void Next_SeedZero_MatchesPublishedSequence()
    {
        // Published first outputs of splitmix64.c seeded with 0.
        var mixer = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, mixer.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, mixer.Next());
        Assert.Equal(0x06C45D188009454FUL, mixer.Next());
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(0xDEADBEEFCAFEF00DUL)]
    [InlineData(ulong.MaxValue)]
    public void At_AnyIndex_EqualsThatOutputOfTheSequence(ulong seed)
    {
        // The lane kernels seed trial t's sub-stream with output t, computed directly; it must be the
        // output the sequential scalar path reaches.
        var mixer = new SplitMix64(seed);
        var outputs = Enumerable.Range(0, 4100).Select(_ => mixer.Next()).ToArray();
        for (var t = 0; t < outputs.Length; t += 8)
        {
            var index = Vector512.Create((ulong)t, (ulong)t + 1, (ulong)t + 2, (ulong)t + 3, (ulong)t + 4, (ulong)t + 5, (ulong)t + 6, (ulong)t + 7);
            var lanes = SplitMix64.At(seed, index);
            for (var l = 0; l < 8 && t + l < outputs.Length; l++)
            {
                Assert.Equal(outputs[t + l], lanes.GetElement(l));
                Assert.Equal(outputs[t + l], SplitMix64.At(seed, (ulong)(t + l)));
            }
        }
    }

    [Fact]
    public void Mix_Vector_EqualsScalarInEveryLane()
    {
        ulong[] z = [0, 1, 2, 0x9E3779B97F4A7C15UL, ulong.MaxValue, 1UL << 63, 12345, 0xFFFF0000FFFF0000UL];
        var mixed = SplitMix64.Mix(Vector512.Create(z));
        for (var l = 0; l < 8; l++)
        {
            Assert.Equal(SplitMix64.Mix(z[l]), mixed.GetElement(l));
        }
    }
}
