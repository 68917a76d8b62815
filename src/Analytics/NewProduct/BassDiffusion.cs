using Analytics.Common;
using Analytics.Simulation.Random;

namespace Analytics.NewProduct;

/// <summary>
/// The Bass (1969) diffusion model: the hazard of adoption f / (1 - F) = p + q F, so that
/// F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}), adopters per unit time n(t) = m f(t), and the
/// adoption rate peaks at t* = ln(q/p) / (p + q) when q &gt; p. p is innovation (adoption from outside
/// influence: our sales push), q imitation (adoption because others adopted: references, word of
/// mouth), m the market potential. Durables typically show p about 0.01-0.03 and q about 0.3-0.5 per
/// year. Time is in whatever period the parameters are per (years or months); period i covers [i, i + 1).
/// </summary>
public sealed record BassDiffusion
{
    /// <summary>Creates the model.</summary>
    /// <param name="p">Coefficient of innovation, per period, &gt; 0.</param>
    /// <param name="q">Coefficient of imitation, per period, &gt;= 0.</param>
    /// <param name="m">Market potential: adopters eventually, &gt; 0.</param>
    public BassDiffusion(double p, double q, double m)
    {
        P = Preconditions.Positive(p);
        Q = Preconditions.NonNegative(q);
        M = Preconditions.Positive(m);
    }

    /// <summary>p, the coefficient of innovation, per period.</summary>
    public double P { get; }

    /// <summary>q, the coefficient of imitation, per period.</summary>
    public double Q { get; }

    /// <summary>m, the market potential (adopters).</summary>
    public double M { get; }

    /// <summary>t* = ln(q/p) / (p + q), periods since launch, when q &gt; p; 0 otherwise (adoption is fastest at launch).</summary>
    public double PeakTime => Q > P ? Math.Log(Q / P) / (P + Q) : 0.0;

    /// <summary>The highest adoption rate m f(t*), adopters per period: m (p + q)^2 / (4q) when q &gt; p, m p otherwise.</summary>
    public double PeakRate => Q > P ? M * (P + Q) * (P + Q) / (4.0 * Q) : M * P;

    /// <summary>F(t): the fraction of the potential that has adopted by time <paramref name="time"/> (periods, &gt;= 0).</summary>
    public double CumulativeFraction(double time) => FractionAt(Preconditions.NonNegative(time));

    /// <summary>f(t) = dF/dt = ((p + q)^2 / p) e^{-(p+q)t} / (1 + (q/p) e^{-(p+q)t})^2, per period.</summary>
    public double Density(double time) => DensityAt(Preconditions.NonNegative(time));

    /// <summary>n(t) = m f(t): adopters per period at time <paramref name="time"/>.</summary>
    public double AdoptionRate(double time) => M * Density(time);

    /// <summary>N(t) = m F(t): adopters by time <paramref name="time"/>.</summary>
    public double CumulativeAdopters(double time) => M * CumulativeFraction(time);

    /// <summary>Adopters in period <paramref name="period"/> (&gt;= 0), the interval [period, period + 1): m (F(period + 1) - F(period)).</summary>
    public double PeriodAdopters(int period)
    {
        Preconditions.NonNegative(period);
        return M * (FractionAt(period + 1.0) - FractionAt(period));
    }

    /// <summary>The period (interval [i, i + 1)) with the most adopters.</summary>
    public int PeakPeriod
    {
        get
        {
            // The busiest interval contains t* or touches it; compare the neighbours.
            var centre = (int)Math.Floor(PeakTime);
            return Enumerable.Range(Math.Max(0, centre - 1), 3).MaxBy(PeriodAdopters);
        }
    }

    /// <summary>The time by which a fraction <paramref name="fraction"/> (in [0, 1)) has adopted: ln((1 + (q/p) x) / (1 - x)) / (p + q).</summary>
    public double TimeToReach(double fraction)
    {
        Preconditions.InRange(fraction, 0.0, Math.BitDecrement(1.0));
        return Math.Log((1.0 + (Q / P * fraction)) / (1.0 - fraction)) / (P + Q);
    }

    /// <summary>
    /// The discrete Bass step: adopters in a period given <paramref name="adoptedBefore"/> (N_{t-1}, in [0, m]),
    /// n_t = (p + q N_{t-1} / m)(m - N_{t-1}). It approximates <see cref="PeriodAdopters"/> (the hazard is
    /// frozen at the start of the period) and is what the OLS estimator of Bass (1969) regresses.
    /// </summary>
    public double DiscreteStep(double adoptedBefore)
    {
        Preconditions.InRange(adoptedBefore, 0.0, M);
        return (P + (Q * adoptedBefore / M)) * (M - adoptedBefore);
    }

    /// <summary>n_1..n_T of the discrete model from N_0 = 0, for <paramref name="periods"/> periods (in [1, 10000]).</summary>
    public IReadOnlyList<double> DiscreteSeries(int periods)
    {
        Preconditions.InRange(periods, 1, 10_000);
        var series = new double[periods];
        var adopted = 0.0;
        for (var t = 0; t < periods; t++)
        {
            series[t] = DiscreteStep(adopted);
            adopted = Math.Min(M, adopted + series[t]);
        }

        return series;
    }

    /// <summary>Draws one adopter's adoption time by inverting F: ln((1 + (q/p) U) / (1 - U)) / (p + q), periods.</summary>
    public double SampleAdoptionTime<TRandom>(ref TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var u = rng.NextDouble();
        return Math.Log((1.0 + (Q / P * u)) / (1.0 - u)) / (P + Q);
    }

    /// <summary>
    /// Draws adopters per period for periods 0 to <paramref name="periods"/> - 1 from round(m) potential
    /// adopters, each adopting at an independent time from F (a multinomial over the periods).
    /// </summary>
    /// <param name="rng">The random source.</param>
    /// <param name="periods">Periods to draw, in [1, 10000].</param>
    public int[] SamplePeriodAdopters<TRandom>(ref TRandom rng, int periods)
        where TRandom : struct, IRandomSource
    {
        Preconditions.InRange(periods, 1, 10_000);
        var counts = new int[periods];
        var potential = (long)Math.Round(M);
        for (long i = 0; i < potential; i++)
        {
            var t = SampleAdoptionTime(ref rng);
            if (t < periods)
            {
                counts[(int)t]++;
            }
        }

        return counts;
    }

    /// <summary>F at a validated time; shared by <see cref="GeneralizedBass"/>, which evaluates it at X(t).</summary>
    internal double FractionAt(double time)
    {
        var e = Math.Exp(-(P + Q) * time);
        return (1.0 - e) / (1.0 + (Q / P * e));
    }

    /// <summary>f at a validated time.</summary>
    internal double DensityAt(double time)
    {
        var e = Math.Exp(-(P + Q) * time);
        var d = 1.0 + (Q / P * e);
        return (P + Q) * (P + Q) / P * e / (d * d);
    }
}
