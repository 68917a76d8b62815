using System.Globalization;
using Analytics.Common;
using MathNet.Numerics;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// Fits each family by maximum likelihood and ranks the fits by AIC, with Kolmogorov-Smirnov and
/// Anderson-Darling statistics whose p-values come from a parametric bootstrap (each replicate
/// refitted, since the parameters are estimated), standard errors from the observed information
/// (from the bootstrap for the bounded families) and bootstrap percentile intervals. A pure
/// function of the observations and the options.
/// </summary>
public static class DistributionFitter
{
    /// <summary>Fewest observations: enough for three parameters and a goodness-of-fit statistic that means something.</summary>
    public const int MinimumObservations = 5;

    /// <summary>Fits <paramref name="data"/>.</summary>
    /// <param name="data">At least <see cref="MinimumObservations"/> values, not all equal; all &gt; 0 when a family needs it.</param>
    /// <param name="options">Families, bootstrap, seed and threads (default: the regular families, 199 replicates, seed 1).</param>
    /// <exception cref="ArgumentException">Too few values, all equal, a value &lt;= 0 for a positive family, or no family could be fitted.</exception>
    public static DistributionFitResult Fit(Observations data, DistributionFitOptions? options = null)
    {
        Preconditions.NotNull(data);
        options ??= new DistributionFitOptions();
        if (data.Count < MinimumObservations)
        {
            throw new ArgumentException($"data must hold at least {MinimumObservations.ToString(CultureInfo.InvariantCulture)} values to fit a distribution and test its fit; it holds {data.Count.ToString(CultureInfo.InvariantCulture)}.", nameof(data));
        }

        var sorted = data.Sorted();
        if (sorted[0] == sorted[^1])
        {
            throw new ArgumentException($"data must vary to fit a distribution; every value is {sorted[0].ToString("R", CultureInfo.InvariantCulture)}.", nameof(data));
        }

        var positive = options.Families.Where(f => f.RequiresPositive).Select(f => f.Name).ToArray();
        if (positive.Length > 0 && sorted[0] <= 0)
        {
            throw new ArgumentException($"data must be > 0 for {string.Join(", ", positive)}; its smallest value is {sorted[0].ToString("R", CultureInfo.InvariantCulture)}.", nameof(data));
        }

        var fits = new List<DistributionFit>();
        var skipped = new List<(string, string)>();
        foreach (var family in options.Families)
        {
            try
            {
                fits.Add(FitOne(family, sorted, options));
            }
            catch (NonConvergenceException e)
            {
                skipped.Add((family.Name, e.Message));
            }
        }

        if (fits.Count == 0)
        {
            throw new ArgumentException("data could not be fitted by any family: " + string.Join("; ", skipped.Select(s => s.Item1 + ": " + s.Item2)), nameof(data));
        }

        return new DistributionFitResult(data, [.. fits.OrderBy(f => f.Aic)], skipped, options);
    }

    private static DistributionFit FitOne(FitFamily family, IReadOnlyList<double> sorted, DistributionFitOptions options)
    {
        var theta = family.Estimate(sorted);
        var logLikelihood = family.LogLikelihood(theta, sorted);
        if (!double.IsFinite(logLikelihood))
        {
            throw new NonConvergenceException($"the fitted {family.Name} gives the data no likelihood");
        }

        var distribution = family.Build(theta);
        var ks = GoodnessOfFit.KolmogorovSmirnov(sorted, distribution);
        var ad = GoodnessOfFit.AndersonDarling(sorted, distribution);
        var bootstrap = options.Bootstrap > 0 ? ParametricBootstrap.Run(family, theta, sorted.Count, options.Bootstrap, options.Seed, options.Threads) : null;
        var reported = family.Reported(theta);
        var covariance = family.IsRegular ? ObservedInformation.Covariance(t => family.LogLikelihood(t, sorted), theta) : null;
        var source = covariance is not null ? StandardErrorSource.ObservedInformation
            : bootstrap is { Parameters.Count: > 1 } ? StandardErrorSource.Bootstrap
            : StandardErrorSource.None;

        var parameters = new List<FittedParameter>();
        for (var i = 0; i < reported.Count; i++)
        {
            var index = i;
            double Reported(double[] t) => family.Reported(t)[index].Value;
            var draws = bootstrap?.Parameters.Select(Reported).ToArray();
            double? se = source switch
            {
                StandardErrorSource.ObservedInformation => ObservedInformation.DeltaMethod(Reported, theta, covariance!),
                StandardErrorSource.Bootstrap => StandardDeviation(draws!),
                _ => null,
            };
            var interval = draws is { Length: > 1 } ? (BootstrapDistribution.Quantile(draws, 0.025), BootstrapDistribution.Quantile(draws, 0.975)) : ((double?)null, (double?)null);
            parameters.Add(new FittedParameter(reported[i].Name, reported[i].Value, se, interval.Item1, interval.Item2));
        }

        return new DistributionFit(
            family,
            theta,
            parameters,
            logLikelihood,
            sorted.Count,
            ks,
            bootstrap is { KolmogorovSmirnov.Count: > 0 } ? BootstrapDistribution.PValue(ks, bootstrap.KolmogorovSmirnov) : null,
            ad,
            bootstrap is { AndersonDarling.Count: > 0 } ? BootstrapDistribution.PValue(ad, bootstrap.AndersonDarling) : null,
            source,
            bootstrap);
    }

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
