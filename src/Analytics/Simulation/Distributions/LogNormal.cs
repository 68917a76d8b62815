using Analytics.Common;
using Analytics.Simulation.Random;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// The lognormal distribution: X = exp(mu + sigma Z), Z standard normal. Build it from (mu, sigma),
/// from an arithmetic mean and coefficient of variation (<see cref="FromMeanCv"/>), or from two
/// quantiles (<see cref="FromP10P90"/>).
/// </summary>
public sealed class LogNormal : Distribution
{
    /// <summary>Φ⁻¹(0.9): the z-score of a P90.</summary>
    internal const double Z90 = 1.2815515655446004;

    /// <summary>Creates the lognormal with log-mean <paramref name="mu"/> and log-sd <paramref name="sigma"/>.</summary>
    /// <param name="mu">Mean of ln X: any finite number.</param>
    /// <param name="sigma">Standard deviation of ln X: a finite number &gt; 0.</param>
    public LogNormal(double mu, double sigma)
    {
        Mu = Preconditions.Finite(mu);
        Sigma = Preconditions.Positive(sigma);
    }

    /// <summary>Mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>Standard deviation of ln X (&gt; 0).</summary>
    public double Sigma { get; }

    /// <summary>
    /// The lognormal with arithmetic mean <paramref name="mean"/> and coefficient of variation
    /// <paramref name="cv"/> (sd / mean): sigma² = ln(1 + cv²), mu = ln(mean) − sigma²/2.
    /// </summary>
    /// <param name="mean">Arithmetic mean: a finite number &gt; 0 (e.g. an order value in 萬元).</param>
    /// <param name="cv">Coefficient of variation: a finite number &gt; 0 (0.4 means sd = 40% of the mean).</param>
    public static LogNormal FromMeanCv(double mean, double cv)
    {
        Preconditions.Positive(mean);
        Preconditions.Positive(cv);
        var sigma2 = Math.Log(1 + (cv * cv));
        return new LogNormal(Math.Log(mean) - (sigma2 / 2), Math.Sqrt(sigma2));
    }

    /// <summary>The lognormal whose 10th and 90th percentiles are <paramref name="p10"/> and <paramref name="p90"/>.</summary>
    /// <param name="p10">10th percentile: a finite number &gt; 0.</param>
    /// <param name="p90">90th percentile: a finite number &gt; <paramref name="p10"/>.</param>
    public static LogNormal FromP10P90(double p10, double p90)
    {
        Preconditions.Positive(p10);
        Preconditions.GreaterThan(p90, p10);
        var lo = Math.Log(p10);
        var hi = Math.Log(p90);
        return new LogNormal((lo + hi) / 2, (hi - lo) / (2 * Z90));
    }

    /// <inheritdoc />
    public override double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    /// <inheritdoc />
    public override double Variance => Elementary.ExpM1(Sigma * Sigma) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    /// <summary>The coefficient of variation sd / mean = sqrt(exp(sigma²) − 1).</summary>
    public double CoefficientOfVariation => Math.Sqrt(Elementary.ExpM1(Sigma * Sigma));

    /// <inheritdoc />
    public override double Minimum => 0;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x) => x <= 0 ? 0 : StandardNormal.Cdf((Math.Log(x) - Mu) / Sigma);

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => Sample(ref rng, Mu, Sigma);

    /// <summary>Fills the buffer: ziggurat normals, then one vectorised exp over the whole buffer.</summary>
    public override void Samples<TRandom>(ref TRandom rng, Span<double> destination)
    {
        StandardNormal.Fill(ref rng, destination);
        VectorMath.ExpAffine(destination, Mu, Sigma);
    }

    /// <summary>One draw of exp(mu + sigma Z) without building an object (parameters not checked: hot path).</summary>
    public static double Sample<TRandom>(ref TRandom rng, double mu, double sigma)
        where TRandom : struct, IRandomSource
        => Math.Exp(mu + (sigma * StandardNormal.Sample(ref rng)));

    /// <inheritdoc />
    public override string ToString() => $"LogNormal(mean {Format(Mean)}, cv {Format(CoefficientOfVariation)})";

    /// <inheritdoc />
    protected override double Quantile(double probability) => Math.Exp(Mu + (Sigma * StandardNormal.InverseCdf(probability)));
}
