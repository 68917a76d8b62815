using Analytics.Common;
using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The empirical distribution's distance from a fitted CDF F, on observations sorted ascending
/// (x(1) &lt;= ... &lt;= x(n)): Kolmogorov-Smirnov's D = max_i max(i/n − F(x(i)), F(x(i)) − (i − 1)/n)
/// and Anderson-Darling's A² = −n − (1/n) Σ_i (2i − 1) [ln F(x(i)) + ln(1 − F(x(n + 1 − i)))]
/// (Stephens 1974). With parameters estimated from the same data their textbook tables do not apply;
/// the p-values come from the parametric bootstrap (<see cref="ParametricBootstrap"/>).
/// </summary>
public static class GoodnessOfFit
{
    // F is kept inside (0, 1) so that A² stays finite for a value at or beyond an end of the fit.
    private const double Floor = 1e-300;
    private const double Ceiling = 1 - 1e-16;

    /// <summary>Kolmogorov-Smirnov's D.</summary>
    /// <param name="sorted">The observations, ascending, at least one.</param>
    /// <param name="fitted">The fitted distribution.</param>
    public static double KolmogorovSmirnov(IReadOnlyList<double> sorted, Distribution fitted)
    {
        Preconditions.NotEmpty(sorted);
        Preconditions.NotNull(fitted);
        var n = (double)sorted.Count;
        var d = 0.0;
        for (var i = 0; i < sorted.Count; i++)
        {
            var f = fitted.Cdf(sorted[i]);
            d = Math.Max(d, Math.Max(((i + 1) / n) - f, f - (i / n)));
        }

        return d;
    }

    /// <summary>Anderson-Darling's A².</summary>
    /// <param name="sorted">The observations, ascending, at least one.</param>
    /// <param name="fitted">The fitted distribution.</param>
    public static double AndersonDarling(IReadOnlyList<double> sorted, Distribution fitted)
    {
        Preconditions.NotEmpty(sorted);
        Preconditions.NotNull(fitted);
        var n = sorted.Count;
        var cdf = sorted.Select(x => Math.Clamp(fitted.Cdf(x), Floor, Ceiling)).ToArray();
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += ((2 * i) + 1) * (Math.Log(cdf[i]) + Math.Log(1 - cdf[n - 1 - i]));
        }

        return -n - (sum / n);
    }
}
