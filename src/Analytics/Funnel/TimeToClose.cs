using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Funnel;

/// <summary>
/// Months from a qualified lead to a booked order, Gamma or LogNormal. A lead arriving in month m is
/// taken to arrive mid-month, so 12.5 - m months are left in the year; a win that needs longer books
/// next year. Lithium-battery deals (large, long decisions) close slower than 3C ones.
/// </summary>
public sealed record TimeToClose
{
    private TimeToClose(Distribution months) => Months = months;

    /// <summary>The distribution of months to close.</summary>
    public Distribution Months { get; }

    /// <summary>A Gamma time to close with the given mean and coefficient of variation: shape 1/cv^2, scale mean cv^2.</summary>
    /// <param name="meanMonths">Mean months to close, &gt; 0.</param>
    /// <param name="cv">Coefficient of variation, &gt; 0 (1 is exponential).</param>
    public static TimeToClose Gamma(double meanMonths, double cv)
    {
        Preconditions.Positive(meanMonths);
        Preconditions.Positive(cv);
        return new TimeToClose(new Gamma(1.0 / (cv * cv), meanMonths * cv * cv));
    }

    /// <summary>A LogNormal time to close with the given mean and coefficient of variation.</summary>
    /// <param name="meanMonths">Mean months to close, &gt; 0.</param>
    /// <param name="cv">Coefficient of variation, &gt; 0.</param>
    public static TimeToClose LogNormal(double meanMonths, double cv)
    {
        Preconditions.Positive(meanMonths);
        Preconditions.Positive(cv);
        return new TimeToClose(Simulation.Distributions.LogNormal.FromMeanCv(meanMonths, cv));
    }

    /// <summary>Months left in the year for a lead arriving in <paramref name="month"/> (1-12): 12.5 - month.</summary>
    public static double MonthsLeft(int month) => 12.5 - Preconditions.InRange(month, 1, 12);

    /// <summary>P(a lead arriving in <paramref name="month"/> that is won books within the year) = P(time to close &lt;= 12.5 - month).</summary>
    public double ProbabilityBookedThisYear(int month) => Months.Cdf(MonthsLeft(month));

    /// <summary>The share of a flow's wins that book this year: the average over its months.</summary>
    public double ShareBookedThisYear(LeadFlow flow)
    {
        Preconditions.NotNull(flow);
        var sum = 0.0;
        for (var m = flow.FirstMonth; m <= flow.LastMonth; m++)
        {
            sum += ProbabilityBookedThisYear(m);
        }

        return sum / flow.Months;
    }

    /// <summary>Draws a time to close, months.</summary>
    public double Sample<TRandom>(ref TRandom rng)
        where TRandom : struct, IRandomSource
        => Months.Sample(ref rng);
}
