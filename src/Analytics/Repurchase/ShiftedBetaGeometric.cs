using Analytics.Common;
using Analytics.Simulation.Random;
using MathNet.Numerics;

namespace Analytics.Repurchase;

/// <summary>
/// The shifted-beta-geometric model of contractual retention (Fader and Hardie 2007, "How to Project
/// Customer Retention", Journal of Interactive Marketing 21(1)). Each contract renews every period
/// with its own probability 1 - theta, theta ~ Beta(alpha, beta) across contracts. Its lifetime T (the
/// period in which it is lost, 1, 2, ...) then has
/// P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta), survival S(t) = B(alpha, beta + t) / B(alpha, beta),
/// and retention r_t = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1), which rises with
/// tenure because the contracts likeliest to lapse leave first.
/// </summary>
public sealed record ShiftedBetaGeometric
{
    /// <summary>Creates the model.</summary>
    /// <param name="alpha">alpha of the Beta distribution of the churn probability, &gt; 0.</param>
    /// <param name="beta">beta of the Beta distribution of the churn probability, &gt; 0.</param>
    public ShiftedBetaGeometric(double alpha, double beta)
    {
        Alpha = Preconditions.Positive(alpha);
        Beta = Preconditions.Positive(beta);
    }

    /// <summary>alpha, &gt; 0.</summary>
    public double Alpha { get; }

    /// <summary>beta, &gt; 0.</summary>
    public double Beta { get; }

    /// <summary>E[theta] = alpha / (alpha + beta): the mean churn probability per period of a new cohort.</summary>
    public double MeanChurn => Alpha / (Alpha + Beta);

    /// <summary>
    /// E[T] = (alpha + beta - 1) / (alpha - 1) periods when alpha &gt; 1 (E[1/theta] under the Beta);
    /// +infinity when alpha &lt;= 1, where enough contracts almost never lapse that the mean diverges.
    /// </summary>
    public double ExpectedLifetime => Alpha > 1.0 ? (Alpha + Beta - 1.0) / (Alpha - 1.0) : double.PositiveInfinity;

    /// <summary>P(T = t): the probability that a contract is lost in period <paramref name="period"/> (&gt;= 1).</summary>
    public double ChurnProbability(int period)
    {
        Preconditions.InRange(period, 1, int.MaxValue);
        return Math.Exp(SpecialFunctions.BetaLn(Alpha + 1.0, Beta + period - 1.0) - SpecialFunctions.BetaLn(Alpha, Beta));
    }

    /// <summary>S(t) = P(T &gt; t): the share of a cohort still under contract after <paramref name="period"/> periods (&gt;= 0; S(0) = 1).</summary>
    public double Survival(int period)
    {
        Preconditions.NonNegative(period);
        return Math.Exp(SpecialFunctions.BetaLn(Alpha, Beta + period) - SpecialFunctions.BetaLn(Alpha, Beta));
    }

    /// <summary>r_t = (beta + t - 1) / (alpha + beta + t - 1): the share of contracts alive at t - 1 that renew at <paramref name="period"/> (&gt;= 1).</summary>
    public double Retention(int period)
    {
        Preconditions.InRange(period, 1, int.MaxValue);
        return (Beta + period - 1.0) / (Alpha + Beta + period - 1.0);
    }

    /// <summary>S(to) / S(from): the share of contracts alive at period <paramref name="from"/> still alive at <paramref name="to"/> (&gt;= from).</summary>
    public double ConditionalSurvival(int from, int to)
    {
        Preconditions.NonNegative(from);
        Preconditions.InRange(to, from, int.MaxValue);
        return Math.Exp(SpecialFunctions.BetaLn(Alpha, Beta + to) - SpecialFunctions.BetaLn(Alpha, Beta + from));
    }

    /// <summary>
    /// Draws a contract's lifetime, censored at <paramref name="horizon"/>: the period it is lost in
    /// (1 to horizon), or horizon + 1 when it is still alive after the horizon. Inverts the survival
    /// function with one uniform, stepping S(t) = S(t - 1) r_t; P(result &gt; t) = S(t) exactly.
    /// </summary>
    /// <param name="rng">The random source.</param>
    /// <param name="horizon">The last period observed, in [1, 100000].</param>
    public int SampleLifetime<TRandom>(ref TRandom rng, int horizon)
        where TRandom : struct, IRandomSource
    {
        Preconditions.InRange(horizon, 1, 100_000);
        var u = rng.NextDouble();
        var survival = 1.0;
        for (var t = 1; t <= horizon; t++)
        {
            // r_t inline: this loop runs once per contract per trial, so no argument checks here.
            survival *= (Beta + t - 1.0) / (Alpha + Beta + t - 1.0);
            if (u >= survival)
            {
                return t;
            }
        }

        return horizon + 1;
    }

    /// <summary>Draws the alive counts of a cohort of <paramref name="size"/> contracts at periods 0 to <paramref name="periods"/>.</summary>
    /// <param name="rng">The random source.</param>
    /// <param name="size">Contracts at period 0, &gt;= 1.</param>
    /// <param name="periods">The last period, in [1, 100000].</param>
    /// <returns>Alive counts, index = period; element 0 is <paramref name="size"/>.</returns>
    public int[] SampleCohort<TRandom>(ref TRandom rng, int size, int periods)
        where TRandom : struct, IRandomSource
    {
        Preconditions.Positive(size);
        Preconditions.InRange(periods, 1, 100_000);
        var lost = new int[periods + 2];
        for (var i = 0; i < size; i++)
        {
            lost[SampleLifetime(ref rng, periods)]++;
        }

        var alive = new int[periods + 1];
        alive[0] = size;
        for (var t = 1; t <= periods; t++)
        {
            alive[t] = alive[t - 1] - lost[t];
        }

        return alive;
    }
}
