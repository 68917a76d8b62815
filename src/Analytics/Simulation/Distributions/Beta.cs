using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The beta distribution on [0, 1] with shapes a and b (mean a / (a + b)), e.g. an uncertain win
/// rate: Beta(15, 85) is "about 15%, as sure as if we had seen 100 leads". Sampled exactly as
/// X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) (Marsaglia-Tsang), in log space when a shape is
/// below 1 so tiny draws do not underflow to 0/0.
/// </summary>
public sealed class Beta : Distribution
{
    /// <summary>Creates Beta(<paramref name="a"/>, <paramref name="b"/>).</summary>
    /// <param name="a">First shape (pseudo-successes): a finite number &gt; 0.</param>
    /// <param name="b">Second shape (pseudo-failures): a finite number &gt; 0.</param>
    public Beta(double a, double b)
    {
        A = Preconditions.Positive(a);
        B = Preconditions.Positive(b);
    }

    /// <summary>The first shape a.</summary>
    public double A { get; }

    /// <summary>The second shape b.</summary>
    public double B { get; }

    /// <inheritdoc />
    public override double Mean => A / (A + B);

    /// <inheritdoc />
    public override double Variance => A * B / ((A + B) * (A + B) * (A + B + 1));

    /// <inheritdoc />
    public override double Minimum => 0;

    /// <inheritdoc />
    public override double Maximum => 1;

    /// <inheritdoc />
    public override double Cdf(double x) => x <= 0 ? 0 : x >= 1 ? 1 : SpecialFunctions.BetaRegularized(A, B, x);

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Sample(ref rng, A, B);

    /// <summary>Fills the buffer with the values repeated <see cref="Sample{TRandom}(ref TRandom)"/> calls give, the gamma samplers' constants worked out once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Samples<TRandom>(ref TRandom rng, Span<double> destination)
    {
        if (A < 1 || B < 1)
        {
            base.Samples(ref rng, destination);
            return;
        }

        // As Gamma.SampleStandard works them out, so the same draws.
        var da = A - (1.0 / 3);
        var ca = 1 / Math.Sqrt(9 * da);
        var db = B - (1.0 / 3);
        var cb = 1 / Math.Sqrt(9 * db);
        for (var i = 0; i < destination.Length; i++)
        {
            var x = Gamma.SampleMarsagliaTsang(ref rng, da, ca);
            var y = Gamma.SampleMarsagliaTsang(ref rng, db, cb);
            destination[i] = x / (x + y);
        }
    }

    /// <summary>One draw of Beta(a, b) (shapes &gt; 0, not checked: hot path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Sample<TRandom>(ref TRandom rng, double a, double b)
        where TRandom : struct, IRandomSource
    {
        if (a >= 1 && b >= 1)
        {
            var x = Gamma.SampleStandard(ref rng, a);
            var y = Gamma.SampleStandard(ref rng, b);
            return x / (x + y);
        }

        var lx = Gamma.SampleLogStandard(ref rng, a);
        var ly = Gamma.SampleLogStandard(ref rng, b);
        return 1 / (1 + Math.Exp(ly - lx));
    }

    /// <summary>E[(1 − X)^n] = B(a, b + n) / B(a, b) = Π_{j&lt;n} (b + j) / (a + b + j), exactly.</summary>
    public double ExpectedComplementPower(int n)
    {
        Preconditions.NonNegative(n);
        var product = 1.0;
        for (var j = 0; j < n; j++)
        {
            product *= (B + j) / (A + B + j);
        }

        return product;
    }

    /// <summary>
    /// The conjugate update of a rate with this prior: after <paramref name="successes"/> successes in
    /// <paramref name="trials"/> independent trials at the rate (wins of leads, renewals of customers
    /// due), the rate is Beta(a + successes, b + trials − successes): the prior times the binomial
    /// likelihood p^W (1 − p)^(L − W), normalised.
    /// </summary>
    /// <param name="successes">W, from 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">L, &gt;= 0.</param>
    public Beta Posterior(int successes, int trials)
    {
        Preconditions.NonNegative(trials);
        Preconditions.InRange(successes, 0, trials);
        return new Beta(A + successes, B + trials - successes);
    }

    /// <summary>ln f(x) = (a − 1) ln x + (b − 1) ln(1 − x) − ln B(a, b) for x in (0, 1); −∞ outside [0, 1] (and at an end where the density is 0).</summary>
    public static double LogDensity(double a, double b, double x)
        => x is < 0 or > 1 ? double.NegativeInfinity : LogDensity(a, b, Math.Log(x), Math.Log(1 - x), SpecialFunctions.BetaLn(a, b));

    /// <summary>ln f(x) from ln x, ln(1 − x) and ln B(a, b), for loops that work the logarithms out once (unchecked: hot path). At x = 0 or 1 it gives −∞ where the density is 0 and +∞ where it has a pole.</summary>
    public static double LogDensity(double a, double b, double logX, double logComplement, double logBetaFunction)
        => Term(a - 1, logX) + Term(b - 1, logComplement) - logBetaFunction;

    // (s − 1) ln x with 0 · ln 0 taken as 0 (the shape-1 side of a beta is flat up to its end).
    private static double Term(double exponent, double logValue) => exponent == 0 ? 0 : exponent * logValue;

    /// <inheritdoc />
    public override string ToString() => $"Beta({Format(A)}, {Format(B)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
        => MathNet.Numerics.Distributions.Beta.InvCDF(A, B, probability);
}
