using System.Runtime.Intrinsics;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class VectorMathTests
{
    [Fact]
    public void Exp_ManyArguments_WithinTwoUlpOfMathExp()
    {
        // The polynomial exp must be as good as a library exp: relative error at most 2 ulp (4.5e-16)
        // against Math.Exp (itself within 1 ulp), over the range lognormal sampling uses and beyond.
        var rng = new Xoshiro256StarStar(1);
        var worst = 0.0;
        for (var i = 0; i < 200_000; i++)
        {
            var x = (rng.NextDouble() * 1400) - 700;
            if (i % 2 == 0)
            {
                x /= 50; // dense in [−14, 14], where order values live
            }

            var e = VectorMath.Exp(Vector512.Create(x)).GetElement(3);
            var reference = Math.Exp(x);
            worst = Math.Max(worst, Math.Abs(e - reference) / reference);
        }

        Assert.True(worst <= 4.5e-16, $"worst relative error {worst}");
    }

    [Fact]
    public void ExpInRange_WholeRangeAndEdges_WithinTwoUlpOfMathExp()
    {
        // The branch-free kernel of the lognormal sums: the same bound, measured in ulp of the
        // reference, over its whole range [−708, 708], densely where order values live, at the ends,
        // at zero and tiny arguments, and next to the points (k + ½) ln 2 where the reduction
        // switches k (the worst case for |r|).
        var worst = 0.0;
        var worstAt = 0.0;
        void Check(double x)
        {
            var e = VectorMath.ExpInRange(Vector512.Create(x)).GetElement(5);
            var reference = Math.Exp(x);
            var ulps = Math.Abs(e - reference) / (Math.BitIncrement(reference) - reference);
            if (ulps > worst)
            {
                (worst, worstAt) = (ulps, x);
            }
        }

        var rng = new Xoshiro256StarStar(2);
        for (var i = 0; i < 400_000; i++)
        {
            var u = (2 * rng.NextDouble()) - 1;
            Check(708 * u);
            Check(14 * u);
            Check(1e-3 * u);
        }

        for (var k = -1021; k <= 1021; k++)
        {
            var half = (k + 0.5) * Math.Log(2);
            if (Math.Abs(half) <= 708)
            {
                Check(half);
                Check(Math.BitIncrement(half));
                Check(Math.BitDecrement(half));
            }
        }

        foreach (var x in new[] { -708.0, 708.0, 0.0, -0.0, 1e-300, -1e-300, double.Epsilon, 1e-17, -1e-17, 0.5, -0.5, 1.0, Math.Log(2), 700.1234 })
        {
            Check(x);
        }

        Assert.True(worst <= 2, $"worst error {worst} ulp at x = {worstAt:R}");
    }

    [Fact]
    public void ExpInRange_ScalarTwin_SameBitsAsEveryLane()
    {
        // The scalar path of the lognormal sums must give the lane kernel's bits exactly.
        var rng = new Xoshiro256StarStar(3);
        var x = new double[8];
        for (var i = 0; i < 50_000; i++)
        {
            for (var l = 0; l < 8; l++)
            {
                x[l] = (1416 * rng.NextDouble()) - 708;
            }

            var lanes = VectorMath.ExpInRange(Vector512.Create(x));
            for (var l = 0; l < 8; l++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(lanes.GetElement(l)), BitConverter.DoubleToInt64Bits(VectorMath.ExpInRange(x[l])));
            }
        }
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(-708.0)]
    [InlineData(708.5)]
    [InlineData(-745.2)]
    [InlineData(800.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Exp_Scalar_SameBitsAsVectorInAndOutOfRange(double x)
        => Assert.Equal(BitConverter.DoubleToInt64Bits(VectorMath.Exp(Vector512.Create(x)).GetElement(2)), BitConverter.DoubleToInt64Bits(VectorMath.Exp(x)));

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, Math.E)]
    [InlineData(-745.2, 4.9406564584124654e-324)]
    [InlineData(710.0, double.PositiveInfinity)]
    [InlineData(-800.0, 0.0)]
    public void Exp_SpecialArguments_MatchMathExp(double x, double expected)
        => Assert.Equal(expected, VectorMath.Exp(Vector512.Create(x)).GetElement(0), Math.Max(expected, 1e-300) * 1e-15);

    [Fact]
    public void Exp_NaN_IsNaN() => Assert.True(double.IsNaN(VectorMath.Exp(Vector512.Create(double.NaN)).GetElement(7)));

    [Fact]
    public void ExpAffine_ValueBits_IndependentOfPositionInBuffer()
    {
        // Common random numbers need a value's bits to depend on the value only, not on where the
        // buffer put it (vector body or padded tail).
        double[] source = [0.1, -2.3, 1.7, 0.0, 3.3, -0.4, 2.2, 1.1, -1.9, 0.6, 0.25];
        var whole = source.ToArray();
        VectorMath.ExpAffine(whole, 3.0, 0.4);
        for (var shift = 1; shift < 8; shift++)
        {
            var shifted = new double[shift].Concat(source).ToArray();
            VectorMath.ExpAffine(shifted, 3.0, 0.4);
            Assert.Equal(whole, shifted[shift..]);
        }
    }

    [Fact]
    public void Sum_MatchesExactSumOfIntegers()
    {
        var values = Enumerable.Range(1, 1001).Select(i => (double)i).ToArray();
        Assert.Equal(1001.0 * 1002 / 2, VectorMath.Sum(values));
        Assert.Equal(0, VectorMath.Sum([]));
    }
}
