namespace Analytics.Fitting.Distributions;

/// <summary>Every family fitted to one set of observations, best (lowest AIC) first.</summary>
/// <param name="Data">The observations.</param>
/// <param name="Fits">The fits, by AIC ascending (ties: the order the families were given).</param>
/// <param name="Skipped">Families that could not be fitted, with the reason (e.g. a search that ran off to a boundary).</param>
/// <param name="Options">The options used.</param>
public sealed record DistributionFitResult(Observations Data, IReadOnlyList<DistributionFit> Fits, IReadOnlyList<(string Family, string Reason)> Skipped, DistributionFitOptions Options)
{
    /// <summary>The best fit (lowest AIC).</summary>
    public DistributionFit Best => Fits[0];

    /// <summary>The fit of the family named <paramref name="family"/>.</summary>
    /// <exception cref="KeyNotFoundException">That family was not fitted.</exception>
    public DistributionFit Of(string family)
        => Fits.FirstOrDefault(f => f.Family.Name == family) ?? throw new KeyNotFoundException($"no {family} fit; fitted: {string.Join(", ", Fits.Select(f => f.Family.Name))}.");
}
