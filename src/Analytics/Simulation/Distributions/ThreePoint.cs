using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// A belief stated the way managers state it: "P10 a, P50 b, P90 c". The distribution has exactly
/// those three percentiles: below the median it is a half-normal scaled to put P10 at a, above it a
/// half-normal scaled to put P90 at c (a median-preserving two-piece normal). On the log scale
/// (the default for money and volumes, which cannot be negative and are usually right-skewed) the
/// same construction is applied to ln X, so X is a two-piece lognormal.
/// </summary>
public sealed class ThreePoint : Distribution
{
    private readonly double _centre;
    private readonly double _lowScale;
    private readonly double _highScale;

    /// <summary>Creates the three-point distribution.</summary>
    /// <param name="p10">10th percentile: finite, &lt; <paramref name="p50"/>; &gt; 0 on the log scale.</param>
    /// <param name="p50">Median: finite, &lt; <paramref name="p90"/>.</param>
    /// <param name="p90">90th percentile: finite.</param>
    /// <param name="logScale">True (default) to fit ln X; false to fit X itself (values may then go negative).</param>
    public ThreePoint(double p10, double p50, double p90, bool logScale = true)
    {
        P10 = logScale ? Preconditions.Positive(p10) : Preconditions.Finite(p10);
        P50 = Preconditions.GreaterThan(p50, p10);
        P90 = Preconditions.GreaterThan(p90, p50);
        LogScale = logScale;
        var (lo, mid, hi) = logScale ? (Math.Log(p10), Math.Log(p50), Math.Log(p90)) : (p10, p50, p90);
        _centre = mid;
        _lowScale = (mid - lo) / LogNormal.Z90;
        _highScale = (hi - mid) / LogNormal.Z90;
    }

    /// <summary>The 10th percentile.</summary>
    public double P10 { get; }

    /// <summary>The median.</summary>
    public double P50 { get; }

    /// <summary>The 90th percentile.</summary>
    public double P90 { get; }

    /// <summary>Whether the fit is on ln X (a two-piece lognormal) rather than X.</summary>
    public bool LogScale { get; }

    /// <inheritdoc />
    public override double Mean
        => LogScale
            ? Math.Exp(_centre) * (HalfMoment(-_lowScale) + HalfMoment(_highScale))
            : _centre + ((_highScale - _lowScale) / Math.Sqrt(2 * Math.PI));

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            if (LogScale)
            {
                var second = Math.Exp(2 * _centre) * (HalfMoment(-2 * _lowScale) + HalfMoment(2 * _highScale));
                return second - (Mean * Mean);
            }

            var d = _highScale - _lowScale;
            return (0.5 * ((_lowScale * _lowScale) + (_highScale * _highScale))) - (d * d / (2 * Math.PI));
        }
    }

    /// <inheritdoc />
    public override double Minimum => LogScale ? 0 : double.NegativeInfinity;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (LogScale && x <= 0)
        {
            return 0;
        }

        var y = LogScale ? Math.Log(x) : x;
        var z = y < _centre ? (y - _centre) / _lowScale : (y - _centre) / _highScale;
        return StandardNormal.Cdf(z);
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng)
    {
        var z = StandardNormal.Sample(ref rng);
        var y = _centre + ((z < 0 ? _lowScale : _highScale) * z);
        return LogScale ? Math.Exp(y) : y;
    }

    /// <inheritdoc />
    public override string ToString()
        => $"ThreePoint(P10 {Format(P10)}, P50 {Format(P50)}, P90 {Format(P90)}, {(LogScale ? "log" : "linear")} scale)";

    /// <inheritdoc />
    protected override double Quantile(double probability)
    {
        var z = StandardNormal.InverseCdf(probability);
        var y = _centre + ((z < 0 ? _lowScale : _highScale) * z);
        return LogScale ? Math.Exp(y) : y;
    }

    // One half's share of E[exp(s·|Z|·sign)]: 0.5·E[exp(s|Z|)] = exp(s²/2)·Φ(s) for either sign of s.
    private static double HalfMoment(double s) => Math.Exp(s * s / 2) * StandardNormal.Cdf(s);
}
