using Analytics.Common;

namespace Analytics.NewProduct;

/// <summary>
/// The generalized Bass model (Bass, Krishnan and Jain 1994): f / (1 - F) = (p + q F) x(t). With
/// X(t) = integral of x from 0 to t, the solution is the Bass curve run on the clock X:
/// F(t) = F_Bass(X(t)), f(t) = f_Bass(X(t)) x(t). Here x(t) = 1 + the sum of <see cref="BassShock"/>s,
/// so without shocks it is the plain Bass model.
/// </summary>
public sealed record GeneralizedBass
{
    private readonly BassShock[] _shocks;

    /// <summary>Creates the model.</summary>
    /// <param name="bass">The underlying diffusion (p, q, m).</param>
    /// <param name="shocks">Shocks to the speed of diffusion, e.g. benchmark wins; may be empty.</param>
    public GeneralizedBass(BassDiffusion bass, IReadOnlyList<BassShock> shocks)
    {
        Bass = Preconditions.NotNull(bass);
        Preconditions.NotNull(shocks);
        _shocks = shocks.Select((s, i) => s ?? throw new ArgumentNullException(nameof(shocks), $"shocks[{i}] must not be null.")).ToArray();
    }

    /// <summary>The underlying diffusion.</summary>
    public BassDiffusion Bass { get; }

    /// <summary>The shocks.</summary>
    public IReadOnlyList<BassShock> Shocks => _shocks;

    /// <summary>x(t) = 1 + the shocks' effects at <paramref name="time"/> (periods, &gt;= 0).</summary>
    public double Intensity(double time)
    {
        Preconditions.NonNegative(time);
        return 1.0 + _shocks.Sum(s => s.Effect(time));
    }

    /// <summary>X(t) = t + the shocks' cumulative effects: the model's clock at <paramref name="time"/>.</summary>
    public double EffectiveTime(double time)
    {
        Preconditions.NonNegative(time);
        return time + _shocks.Sum(s => s.CumulativeEffect(time));
    }

    /// <summary>F(t) = F_Bass(X(t)).</summary>
    public double CumulativeFraction(double time) => Bass.FractionAt(EffectiveTime(time));

    /// <summary>f(t) = f_Bass(X(t)) x(t), per period.</summary>
    public double Density(double time) => Bass.DensityAt(EffectiveTime(time)) * Intensity(time);

    /// <summary>m f(t): adopters per period at <paramref name="time"/>.</summary>
    public double AdoptionRate(double time) => Bass.M * Density(time);

    /// <summary>m F(t): adopters by <paramref name="time"/>.</summary>
    public double CumulativeAdopters(double time) => Bass.M * CumulativeFraction(time);

    /// <summary>Adopters in period <paramref name="period"/> (&gt;= 0), the interval [period, period + 1).</summary>
    public double PeriodAdopters(int period)
    {
        Preconditions.NonNegative(period);
        return Bass.M * (CumulativeFraction(period + 1.0) - CumulativeFraction(period));
    }

    /// <summary>
    /// The adopters the shocks add by <paramref name="time"/> compared with no shock: m (F(t) - F_Bass(t)).
    /// This is what a benchmark win is worth in adopters, before any follower is counted twice.
    /// </summary>
    public double ExtraAdopters(double time) => CumulativeAdopters(time) - Bass.CumulativeAdopters(time);
}
