using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.NewProduct;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns the library's adoption models and series into the chart's <see cref="AdoptionCurve"/>. The
/// library counts periods from 0 (period i is the interval [i, i + 1)); the chart numbers them from
/// 1 ("month 1" is the first month), so period i is drawn as i + 1. Model figures are the model's
/// own (m (F(i + 1) - F(i)) and m F(i + 1)); only an observed series is summed into its cumulative.
/// </summary>
public static class AdoptionCurves
{
    /// <summary>The Bass model's adopters in its first <paramref name="periods"/> periods, with its market potential.</summary>
    /// <param name="bass">The model.</param>
    /// <param name="periods">Periods to draw, 1-1000.</param>
    /// <param name="period">What a period is (default month).</param>
    public static AdoptionCurve From(BassDiffusion bass, int periods, AdoptionPeriod period = AdoptionPeriod.Month)
    {
        Preconditions.NotNull(bass);
        Preconditions.InRange(periods, 1, 1000);
        return Curve(periods, bass.PeriodAdopters, t => bass.CumulativeAdopters(t), period, bass.M);
    }

    /// <summary>The generalized Bass model's adopters (shocks included) in its first <paramref name="periods"/> periods.</summary>
    /// <param name="model">The model.</param>
    /// <param name="periods">Periods to draw, 1-1000.</param>
    /// <param name="period">What a period is (default month).</param>
    public static AdoptionCurve From(GeneralizedBass model, int periods, AdoptionPeriod period = AdoptionPeriod.Month)
    {
        Preconditions.NotNull(model);
        Preconditions.InRange(periods, 1, 1000);
        return Curve(periods, model.PeriodAdopters, t => model.CumulativeAdopters(t), period, model.Bass.M);
    }

    /// <summary>An observed series: adopters per period as given, the cumulative as their running sum (no market potential: the data has none).</summary>
    /// <param name="series">The observed adopters per period.</param>
    /// <param name="period">What a period is (default month).</param>
    public static AdoptionCurve Observed(AdoptionSeries series, AdoptionPeriod period = AdoptionPeriod.Month)
    {
        Preconditions.NotNull(series);
        var cumulative = new double[series.Periods];
        var sum = 0.0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            sum += series.Adopters[i];
            cumulative[i] = sum;
        }

        return new AdoptionCurve([.. Enumerable.Range(1, series.Periods)], series.Adopters, cumulative, period);
    }

    private static AdoptionCurve Curve(int periods, Func<int, double> perPeriod, Func<double, double> cumulative, AdoptionPeriod period, double potential)
        => new(
            [.. Enumerable.Range(1, periods)],
            [.. Enumerable.Range(0, periods).Select(perPeriod)],
            [.. Enumerable.Range(1, periods).Select(t => cumulative(t))],
            period,
            potential);
}
