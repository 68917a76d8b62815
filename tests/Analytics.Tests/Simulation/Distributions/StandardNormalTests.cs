using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Simulation.Distributions;

public class StandardNormalTests
{
    [Fact]
    public void LayerEdges_Recursion_ClosesAtTheTop()
    {
        // Each of the 256 layers must have area V; the top layer [0, x255] x [f(x255), 1] closes the
        // recursion only if R and V are consistent. A mismatch would bias the sampler.
        var x = StandardNormal.LayerEdges;
        var top = x[255] * (1 - Math.Exp(-0.5 * x[255] * x[255]));
        Assert.Equal(StandardNormal.LayerArea, top, 1e-9);
        Assert.Equal(0.0, x[256]);
    }

    [Fact]
    public void UnderCurve_Squeeze_AlwaysGivesTheExactComparisonsAnswer()
    {
        // The wedge test's squeeze skips the exponential; its answer must be y < exp(−t²/2) as
        // computed, for points anywhere in every layer and right at the curve.
        var x = StandardNormal.LayerEdges;
        var rng = new Xoshiro256StarStar(17);
        double[] offsets = [0, 1e-16, -1e-16, 1e-13, -1e-13, 1e-11, -1e-11, 1e-6, -1e-6, 1e-2, -1e-2];
        for (var i = 1; i < 256; i++)
        {
            for (var k = 0; k < 400; k++)
            {
                var t = x[i + 1] + ((x[i] - x[i + 1]) * rng.NextDouble());
                var f = Math.Exp(-0.5 * t * t);
                var low = Math.Exp(-0.5 * x[i] * x[i]);
                var high = Math.Exp(-0.5 * x[i + 1] * x[i + 1]);
                foreach (var y in offsets.Select(d => f * (1 + d)).Append(low + ((high - low) * rng.NextDouble())))
                {
                    Assert.Equal(y < f, StandardNormal.UnderCurve(i, t, y));
                }
            }
        }
    }

    [Fact]
    public void Sample_ManyDraws_MeanZeroVarianceOne()
    {
        var rng = new Xoshiro256StarStar(1);
        const int n = 500_000;
        double sum = 0, sum2 = 0, sum4 = 0;
        for (var i = 0; i < n; i++)
        {
            var z = StandardNormal.Sample(ref rng);
            sum += z;
            sum2 += z * z;
            sum4 += z * z * z * z;
        }

        // SE of the mean is 1/sqrt(n) = 0.0014; of E[Z²] sqrt(2/n) = 0.002; of E[Z⁴] sqrt(96/n) = 0.014. 5 SE each.
        Assert.Equal(0.0, sum / n, 5 / Math.Sqrt(n));
        Assert.Equal(1.0, sum2 / n, 5 * Math.Sqrt(2.0 / n));
        Assert.Equal(3.0, sum4 / n, 5 * Math.Sqrt(96.0 / n));
    }

    [Fact]
    public void Sample_Draws_FitNormalCdf()
    {
        var rng = new Xoshiro256StarStar(99);
        var x = new double[50_000];
        StandardNormal.Fill(ref rng, x);
        var d = DistributionChecks.KolmogorovSmirnov(x, StandardNormal.Cdf);
        Assert.True(d * Math.Sqrt(x.Length) < 1.949, $"KS sqrt(n)D = {d * Math.Sqrt(x.Length)}");
    }

    [Fact]
    public void Sample_TailBeyondR_HasNormalFrequency()
    {
        // The tail beyond R = 3.654 is drawn by a separate algorithm; check its share:
        // p = 2 Φ(−R) = 2.58e-4, expected count n p = 516 with SE sqrt(n p (1 − p)) = 22.7. 5 SE.
        var rng = new Xoshiro256StarStar(5);
        const int n = 2_000_000;
        var tail = 0;
        var beyond45 = 0;
        for (var i = 0; i < n; i++)
        {
            var z = Math.Abs(StandardNormal.Sample(ref rng));
            tail += z > StandardNormal.TailStart ? 1 : 0;
            beyond45 += z > 4.5 ? 1 : 0;
        }

        var p = 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -StandardNormal.TailStart);
        Assert.InRange(tail, (n * p) - (5 * Math.Sqrt(n * p)), (n * p) + (5 * Math.Sqrt(n * p)));
        Assert.InRange(beyond45, 1, 40); // expected 13.6: the far tail is reached at all
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(1e-10, -6.361340902404056)]
    public void InverseCdf_KnownQuantiles_MatchTables(double p, double z)
        => Assert.Equal(z, StandardNormal.InverseCdf(p), 1e-8 * Math.Max(1, Math.Abs(z)));

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-20)]
    [InlineData(0.999999)]
    public void InverseCdf_FarTails_RoundTripThroughCdf(double p)
    {
        var z = StandardNormal.InverseCdf(p);
        var back = p < 0.5 ? StandardNormal.Cdf(z) : 1 - StandardNormal.Cdf(-z);
        Assert.Equal(p, back, 1e-12 * p);
    }

    [Fact]
    public void InverseCdf_AgainstMathNet_AgreesToRoundOff()
    {
        for (var i = 1; i < 1000; i++)
        {
            var p = i / 1000.0;
            Assert.Equal(MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p), StandardNormal.InverseCdf(p), 1e-12);
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void InverseCdf_NotAProbability_Throws(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.InverseCdf(p));
        Assert.Contains("p must be a probability in [0, 1]", e.Message, StringComparison.Ordinal);
    }
}
