using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Importance weights from the likelihood of the booked year to date under the scenario's timing
/// model: each prior trial is weighted by how likely it makes what was observed, so the weighted
/// trials are draws of the year given the observations (self-normalised importance sampling).
/// <para>
/// Revenue: a trial spreads a stream's annual revenue X over the months by Dirichlet weights with
/// concentration κ around the plan's shares w (renormalised over the months from the trial's first
/// month F). By the Dirichlet's aggregation property the share booked by month k, W_k = the sum of
/// the first k weights, is Beta(A_k, κ − A_k) with A_k = κ Σ_{m ≤ k} w_m, so the stream's year to
/// date Y = X · W_k has density f_Beta(Y / X; A_k, κ − A_k) / X on 0 &lt; Y &lt; X. When nothing can
/// book by month k (F after k, or the plan gives those months nothing: A_k = 0) or the trial's X is
/// 0, Y is 0 with probability 1 (a point mass); any other Y is then impossible, and a booked 0 is
/// only possible there. The trial's weight is the product over streams, so the market factor they
/// share and each stream's timing are conditioned together; the trial's annual revenue stays its X
/// (what remains is X − Y). With all twelve months observed nothing remains: the year is what was booked.
/// </para>
/// <para>
/// Pipeline facts multiply the weight by p^S (1 − p)^F for outcomes counted at a trial's rate p
/// (<see cref="RateEvidence"/>) and by the hypergeometric probability of chances already decided
/// given the trial's count (<see cref="CountEvidence"/>). They are treated as independent of the
/// revenue given the trial's draws: a fair approximation, since the scenario does not model when
/// in the year each lead is won.
/// </para>
/// </summary>
public static class ObservedYearLikelihood
{
    /// <summary>
    /// The weights of <paramref name="prior"/>'s trials given <paramref name="evidence"/>, scaled so the
    /// largest is 1 (self-normalised estimates need only their ratios).
    /// </summary>
    /// <exception cref="ArgumentException">The evidence does not fit the trials (streams), or no trial is consistent with it (every weight 0); the message says which observation no trial can explain.</exception>
    public static double[] Weights(PriorTrials prior, YearEvidence evidence)
        => TryWeights(prior, evidence) ?? throw new ArgumentException(Impossible(prior, evidence), nameof(evidence));

    /// <summary>The weights as <see cref="Weights"/> gives them, or null when no trial is consistent with the evidence.</summary>
    /// <exception cref="ArgumentException">The evidence does not fit the trials (streams, inputs, counts).</exception>
    public static double[]? TryWeights(PriorTrials prior, YearEvidence evidence)
    {
        Preconditions.NotNull(prior);
        Preconditions.NotNull(evidence);
        var log = LogWeights(prior, evidence);
        var max = double.NegativeInfinity;
        foreach (var l in log)
        {
            max = Math.Max(max, l);
        }

        if (double.IsNegativeInfinity(max))
        {
            return null;
        }

        var weights = new double[log.Length];
        for (var t = 0; t < log.Length; t++)
        {
            weights[t] = Math.Exp(log[t] - max);
        }

        return weights;
    }

    /// <summary>
    /// ln of one trial's likelihood of a stream's booked year to date: the Beta density of the share
    /// booked over X, or the point mass at 0 (see the class summary).
    /// </summary>
    /// <param name="booked">Y, 萬元 &gt;= 0.</param>
    /// <param name="annual">The trial's X, 萬元 &gt;= 0.</param>
    /// <param name="firstMonth">The trial's F, 1-12.</param>
    /// <param name="monthsObserved">k, 1-11.</param>
    /// <param name="concentration">κ &gt; 0.</param>
    /// <param name="monthlyShares">The plan's twelve monthly shares.</param>
    public static double Revenue(double booked, double annual, int firstMonth, int monthsObserved, double concentration, IReadOnlyList<double> monthlyShares)
    {
        Preconditions.NonNegative(booked);
        Preconditions.NonNegative(annual);
        Preconditions.InRange(monthsObserved, 1, CalendarMonths.Count - 1);
        var shapes = BookedShares.For(monthlyShares, Preconditions.Positive(concentration), monthsObserved);
        return Revenue(booked, booked > 0 ? Math.Log(booked) : 0, annual, annual > 0 ? Math.Log(annual) : 0, shapes[Preconditions.InRange(firstMonth, 1, CalendarMonths.Count) - 1]);
    }

    // ln L of a stream in one trial, given ln Y and ln X worked out once.
    private static double Revenue(double y, double logY, double x, double logX, BookedShares shape)
    {
        if (x <= 0 || shape.Booked == 0)
        {
            return y == 0 ? 0 : double.NegativeInfinity; // the point mass at Y = 0
        }

        if (y <= 0 || y >= x || shape.Rest == 0)
        {
            return double.NegativeInfinity;
        }

        return Beta.LogDensity(shape.Booked, shape.Rest, logY - logX, Math.Log(x - y) - logX, shape.LogBeta) - logX;
    }

    private static double[] LogWeights(PriorTrials prior, YearEvidence evidence)
    {
        var streams = prior.Streams.Count;
        if (evidence.Booked.Count != streams)
        {
            throw new ArgumentException($"evidence must give one booked amount per stream ({streams}: {string.Join(", ", prior.Streams)}); had {evidence.Booked.Count}.", nameof(evidence));
        }

        var n = prior.Count;
        var log = new double[n];
        var k = evidence.MonthsObserved;
        if (k is > 0 and < 12)
        {
            for (var s = 0; s < streams; s++)
            {
                var shapes = BookedShares.For(prior.Phasing.MonthlyShares, prior.Concentrations[s], k);
                var y = evidence.Booked[s];
                var logY = y > 0 ? Math.Log(y) : 0;
                var annual = prior.Annual[s].Span;
                var logAnnual = prior.LogAnnual(s);
                var first = prior.FirstMonths[s].Span;
                for (var t = 0; t < n; t++)
                {
                    log[t] += Revenue(y, logY, annual[t], logAnnual[t], shapes[(int)first[t] - 1]);
                }
            }
        }

        foreach (var rate in evidence.Rates)
        {
            if (!prior.RateInputs.Contains(rate.Input, StringComparer.Ordinal))
            {
                throw new ArgumentException($"evidence counts outcomes at \"{rate.Input}\", which the trials do not record; they record {string.Join(", ", prior.RateInputs)}.", nameof(evidence));
            }

            var p = prior.Rate(rate.Input).Span;
            for (var t = 0; t < n; t++)
            {
                log[t] += rate.LogLikelihood(p[t]);
            }
        }

        foreach (var count in evidence.Counts)
        {
            var column = prior.Counts.FirstOrDefault(c => c.Component == count.Component);
            if (column.Component is null || column.Chances != count.Chances)
            {
                throw new ArgumentException($"evidence decides chances of \"{count.Component}\" ({count.Chances}), which the trials do not count; they count {string.Join(", ", prior.Counts.Select(c => $"{c.Component} ({c.Chances})"))}.", nameof(evidence));
            }

            var table = Enumerable.Range(0, count.Chances + 1).Select(count.LogLikelihood).ToArray();
            var values = column.Values.Span;
            for (var t = 0; t < n; t++)
            {
                log[t] += table[(int)values[t]];
            }
        }

        return log;
    }

    /// <summary>Which observation no trial of <paramref name="prior"/> explains, in words (for a message or a warning).</summary>
    internal static string Impossible(PriorTrials prior, YearEvidence evidence)
    {
        var k = evidence.MonthsObserved;
        var n = prior.Count.ToString("#,0", CultureInfo.InvariantCulture);
        for (var s = 0; s < prior.Streams.Count && k is > 0 and < 12; s++)
        {
            var shapes = BookedShares.For(prior.Phasing.MonthlyShares, prior.Concentrations[s], k);
            var y = evidence.Booked[s];
            var annual = prior.Annual[s].Span;
            var logAnnual = prior.LogAnnual(s);
            var first = prior.FirstMonths[s].Span;
            var possible = false;
            for (var t = 0; t < prior.Count && !possible; t++)
            {
                possible = !double.IsNegativeInfinity(Revenue(y, y > 0 ? Math.Log(y) : 0, annual[t], logAnnual[t], shapes[(int)first[t] - 1]));
            }

            if (!possible)
            {
                return $"none of the {n} simulated years of the scenario \"{prior.Scenario.Name}\" books {Formats.Amount(y, 2)} 萬元 of {prior.Streams[s]} by month {k}: "
                    + (y == 0 ? "the scenario's timing books some of every year's revenue of this stream by then" : "the scenario makes this year to date impossible (it exceeds every simulated year, or the stream cannot book yet)")
                    + "; check the actuals, or the scenario's figures and timing for this plan.";
            }
        }

        return $"none of the {n} simulated years of the scenario \"{prior.Scenario.Name}\" is consistent with the year's actuals and pipeline facts together (each weight is 0): a benchmark account won where no simulated year wins one, or outcomes at a rate the scenario rules out; check the pipeline facts against the scenario.";
    }

    /// <summary>The Beta shapes of the share of a stream booked by month k, per first month F.</summary>
    private readonly record struct BookedShares(double Booked, double Rest, double LogBeta)
    {
        public static BookedShares[] For(IReadOnlyList<double> monthlyShares, double concentration, int k)
        {
            var shapes = new BookedShares[CalendarMonths.Count];
            Span<double> weights = stackalloc double[CalendarMonths.Count];
            for (var f = 1; f <= CalendarMonths.Count; f++)
            {
                MonthlyPathModel.MeanWeights(monthlyShares, f, weights);
                var booked = 0.0;
                for (var m = 0; m < k; m++)
                {
                    booked += weights[m];
                }

                var a = concentration * booked;
                var b = concentration * (1 - booked);
                b = b < 1e-12 * concentration ? 0 : b; // rounding: the plan books everything by month k
                shapes[f - 1] = new BookedShares(a, b, a > 0 && b > 0 ? SpecialFunctions.BetaLn(a, b) : double.NaN);
            }

            return shapes;
        }
    }
}
