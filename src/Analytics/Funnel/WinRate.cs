using Analytics.Common;
using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Funnel;

/// <summary>
/// A lead-to-win rate that is itself uncertain: w ~ Beta(a, b), as if a + b past leads had been seen
/// with a of them won. The reference scenario's 3C rate Beta(15, 85) has mean 15% and a 90% interval
/// of about 9.6%-21%. Wins from L leads are then Beta-binomial, wider than a binomial at the mean.
/// </summary>
public sealed record WinRate
{
    /// <summary>Creates the rate from the Beta's parameters.</summary>
    /// <param name="a">Pseudo-wins, &gt; 0.</param>
    /// <param name="b">Pseudo-losses, &gt; 0.</param>
    public WinRate(double a, double b) => Distribution = new Beta(a, b);

    /// <summary>The rate's distribution.</summary>
    public Beta Distribution { get; }

    /// <summary>E[w] = a / (a + b).</summary>
    public double Mean => Distribution.Mean;

    /// <summary>The rate with mean <paramref name="mean"/> held with the confidence of <paramref name="strength"/> observed leads: a = mean n, b = (1 - mean) n.</summary>
    /// <param name="mean">The mean rate, in (0, 1).</param>
    /// <param name="strength">n, pseudo-leads behind the estimate, &gt; 0 (100 is a rate seen on a hundred leads).</param>
    public static WinRate FromMean(double mean, double strength)
    {
        Preconditions.OpenProbability(mean);
        Preconditions.Positive(strength);
        return new WinRate(mean * strength, (1.0 - mean) * strength);
    }

    /// <summary>The central interval holding <paramref name="level"/> of the rate's probability (e.g. 0.9 gives P5-P95).</summary>
    /// <param name="level">In (0, 1).</param>
    public (double Low, double High) Interval(double level)
    {
        Preconditions.OpenProbability(level);
        var tail = (1.0 - level) / 2.0;
        return (Distribution.InverseCdf(tail), Distribution.InverseCdf(1.0 - tail));
    }

    /// <summary>
    /// P(W = <paramref name="wins"/>) from <paramref name="leads"/> leads: the Beta-binomial
    /// C(L, k) B(k + a, L - k + b) / B(a, b).
    /// </summary>
    public double WinsProbability(int leads, int wins)
    {
        Preconditions.NonNegative(leads);
        if (wins < 0 || wins > leads)
        {
            return 0.0;
        }

        var (a, b) = (Distribution.A, Distribution.B);
        return Math.Exp(SpecialFunctions.BinomialLn(leads, wins) + SpecialFunctions.BetaLn(wins + a, leads - wins + b) - SpecialFunctions.BetaLn(a, b));
    }

    /// <summary>P(W &gt;= <paramref name="wins"/>) from <paramref name="leads"/> leads: the chance of reaching a number of wins.</summary>
    public double ProbabilityOfAtLeast(int leads, int wins)
    {
        Preconditions.NonNegative(leads);
        if (wins <= 0)
        {
            return 1.0;
        }

        var below = 0.0;
        for (var k = 0; k < Math.Min(wins, leads + 1); k++)
        {
            below += WinsProbability(leads, k);
        }

        return Math.Clamp(1.0 - below, 0.0, 1.0);
    }

    /// <summary>Var[W] from <paramref name="leads"/> leads: L m (1 - m) (a + b + L) / (a + b + 1), m the mean rate.</summary>
    public double WinsVariance(int leads)
    {
        Preconditions.NonNegative(leads);
        var (a, b) = (Distribution.A, Distribution.B);
        return leads * Mean * (1.0 - Mean) * (a + b + leads) / (a + b + 1.0);
    }
}
