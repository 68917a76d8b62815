using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Random;

public class Xoshiro256StarStarTests
{
    [Fact]
    public void NextUInt64_StateOneTwoThreeFour_MatchesReferenceImplementation()
    {
        // Outputs of Blackman & Vigna's reference C code (xoshiro256starstar.c) from s = {1, 2, 3, 4}.
        var rng = new Xoshiro256StarStar(1, 2, 3, 4);
        ulong[] expected = [11520UL, 0UL, 1509978240UL, 1215971899390074240UL, 1216172134540287360UL, 607988272756665600UL];
        foreach (var value in expected)
        {
            Assert.Equal(value, rng.NextUInt64());
        }
    }

    [Fact]
    public void Constructor_AllZeroState_Throws()
        => Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));

    [Fact]
    public void NextDouble_ManyDraws_InUnitIntervalWithMeanHalf()
    {
        var rng = new Xoshiro256StarStar(42);
        const int n = 200_000;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
        }

        // Mean of U(0,1) is 1/2 with standard error sqrt(1/12 / n) = 0.000645; allow 5 SE.
        Assert.Equal(0.5, sum / n, 0.0033);
    }

    [Fact]
    public void NextOpenDouble_NeverZeroOrOne()
    {
        var rng = new Xoshiro256StarStar(7);
        for (var i = 0; i < 100_000; i++)
        {
            var u = rng.NextOpenDouble();
            Assert.True(u is > 0 and < 1);
        }
    }
}
