using System.Runtime.Intrinsics;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Random;

public class Xoshiro256StarStarX8Tests
{
    private static readonly ulong[] Seeds = [0, 1, 42, 0x9E3779B97F4A7C15UL, ulong.MaxValue, 12345678901234567UL, 7, 1UL << 63];

    [Fact]
    public void Fill_EachLane_ReproducesScalarGeneratorWithSameSeed()
    {
        // Lane l must be exactly the scalar xoshiro256** seeded alike: the per-trial sub-streams of
        // the lane kernels are then the ones the scalar path draws.
        var generator = new Xoshiro256StarStarX8(Vector512.Create(Seeds));
        var rows = new ulong[8 * 1000];
        generator.Fill(rows.AsSpan(0, 8 * 600));
        generator.Fill(rows.AsSpan(8 * 600)); // a second call continues the sequences
        for (var lane = 0; lane < 8; lane++)
        {
            var scalar = new Xoshiro256StarStar(Seeds[lane]);
            for (var j = 0; j < 1000; j++)
            {
                Assert.Equal(scalar.NextUInt64(), rows[(8 * j) + lane]);
            }
        }
    }

    [Fact]
    public void Fill_ReferenceState_MatchesPublishedOutputsInEveryLane()
    {
        // Outputs of Blackman & Vigna's reference C code (xoshiro256starstar.c) from s = {1, 2, 3, 4}:
        // the vector code checked against the published sequence, in every lane.
        ulong[] expected = [11520UL, 0UL, 1509978240UL, 1215971899390074240UL, 1216172134540287360UL, 607988272756665600UL];
        var generator = new Xoshiro256StarStarX8(Vector512.Create(1UL), Vector512.Create(2UL), Vector512.Create(3UL), Vector512.Create(4UL));
        var rows = new ulong[8 * expected.Length];
        generator.Fill(rows);
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.All(rows.AsSpan(8 * j, 8).ToArray(), v => Assert.Equal(expected[j], v));
        }
    }

    [Fact]
    public void Lane_AfterFill_ContinuesThatLanesSequence()
    {
        var generator = new Xoshiro256StarStarX8(Vector512.Create(Seeds));
        generator.Fill(new ulong[8 * 5]);
        var continued = generator.Lane(3);
        var reference = new Xoshiro256StarStar(Seeds[3]);
        for (var j = 0; j < 5; j++)
        {
            reference.NextUInt64();
        }

        for (var j = 0; j < 100; j++)
        {
            Assert.Equal(reference.NextUInt64(), continued.NextUInt64());
        }
    }

    [Fact]
    public void Constructor_ALaneWithAllZeroState_Throws()
        => Assert.Throws<ArgumentException>(() => new Xoshiro256StarStarX8(Vector512.Create(1UL, 1, 1, 0, 1, 1, 1, 1), Vector512<ulong>.Zero, Vector512<ulong>.Zero, Vector512<ulong>.Zero));

    [Fact]
    public void Fill_NotWholeRows_Throws()
    {
        var generator = new Xoshiro256StarStarX8(Vector512<ulong>.Zero);
        var e = Assert.Throws<ArgumentException>(() => generator.Fill(new ulong[12]));
        Assert.Contains("whole rows of 8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void Lane_OutOfRange_Throws(int lane)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new Xoshiro256StarStarX8(Vector512<ulong>.Zero).Lane(lane));
}
