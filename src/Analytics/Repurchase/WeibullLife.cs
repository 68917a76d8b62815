using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Repurchase;

/// <summary>
/// The service life T of installed equipment, Weibull with shape k and scale lambda (years):
/// S(a) = exp(-(a / lambda)^k). k &gt; 1 means wear-out (the older a unit, the likelier it is replaced),
/// k = 1 a constant hazard, k &lt; 1 early failures. PLCs run 15-30 years in the field, but a customer's
/// production line is often re-equipped sooner (3C lines every few years): calibrate to the cycle
/// that triggers a repurchase, not to the controller's physical life. The distribution itself
/// (moments, quantiles, draws) is the engine's <see cref="Weibull"/>; this adds what a replacement
/// model asks of it: hazards, the probability of replacement within a year at a given age, and
/// draws of the remaining life.
/// </summary>
public sealed record WeibullLife
{
    /// <summary>Creates a Weibull life.</summary>
    /// <param name="shape">k, dimensionless, &gt; 0.</param>
    /// <param name="scale">lambda, years, &gt; 0: the age by which 63.2% of units have been replaced.</param>
    public WeibullLife(double shape, double scale)
    {
        Distribution = new Weibull(shape, scale);
    }

    /// <summary>The life as a distribution, years.</summary>
    public Weibull Distribution { get; }

    /// <summary>k, dimensionless.</summary>
    public double Shape => Distribution.Shape;

    /// <summary>lambda, years.</summary>
    public double Scale => Distribution.Scale;

    /// <summary>The life with shape <paramref name="shape"/> whose mean is <paramref name="meanYears"/>: lambda = mean / Gamma(1 + 1/k).</summary>
    /// <param name="meanYears">E[T], years, &gt; 0.</param>
    /// <param name="shape">k, &gt; 0.</param>
    public static WeibullLife FromMean(double meanYears, double shape)
    {
        Preconditions.Positive(meanYears);
        Preconditions.Positive(shape);
        return new WeibullLife(shape, meanYears / SpecialFunctions.Gamma(1.0 + (1.0 / shape)));
    }

    /// <summary>E[T] = lambda Gamma(1 + 1/k), years.</summary>
    public double MeanLife => Distribution.Mean;

    /// <summary>The median life lambda (ln 2)^(1/k), years.</summary>
    public double MedianLife => Distribution.InverseCdf(0.5);

    /// <summary>H(a) = (a / lambda)^k, the cumulative hazard at age <paramref name="age"/> (years, &gt;= 0).</summary>
    public double CumulativeHazard(double age) => Math.Pow(Preconditions.NonNegative(age) / Scale, Shape);

    /// <summary>S(a) = exp(-(a / lambda)^k): the probability that a unit is still in service at age <paramref name="age"/> (years, &gt;= 0).</summary>
    public double Survival(double age) => Math.Exp(-CumulativeHazard(age));

    /// <summary>h(a) = (k / lambda)(a / lambda)^(k - 1), per year; at age 0 it is +infinity when k &lt; 1 and 0 when k &gt; 1.</summary>
    /// <param name="age">Years, &gt;= 0.</param>
    public double Hazard(double age) => Shape / Scale * Math.Pow(Preconditions.NonNegative(age) / Scale, Shape - 1.0);

    /// <summary>
    /// q_a = 1 - exp(-[((a + w) / lambda)^k - (a / lambda)^k]): the probability that a unit in service at
    /// age <paramref name="age"/> is replaced within the next <paramref name="window"/> years. Computed from the
    /// hazard difference, not S(a + w) / S(a), so it stays accurate where S underflows.
    /// </summary>
    /// <param name="age">a, years, &gt;= 0 (a unit installed this year has age 0).</param>
    /// <param name="window">w, years, &gt; 0; default 1.</param>
    public double ReplacementProbability(double age, double window = 1.0)
    {
        Preconditions.NonNegative(age);
        Preconditions.Positive(window);
        return -double.ExpM1(-(CumulativeHazard(age + window) - CumulativeHazard(age)));
    }

    /// <summary>
    /// Draws the remaining life of a unit still in service at <paramref name="age"/> (years), by inverting
    /// the conditional survival S(a + r) / S(a): r = lambda ((a / lambda)^k - ln U)^(1/k) - a.
    /// </summary>
    public double SampleRemaining<TRandom>(ref TRandom rng, double age)
        where TRandom : struct, IRandomSource
        => (Scale * Math.Pow(CumulativeHazard(age) - Math.Log(rng.NextOpenDouble()), 1.0 / Shape)) - age;
}
