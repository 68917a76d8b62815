using Analytics.Common;
using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// One family fitted by maximum likelihood to observations, with its information criteria, its
/// goodness of fit (Kolmogorov-Smirnov and Anderson-Darling, p-values by parametric bootstrap) and
/// its parameters' uncertainty.
/// </summary>
/// <param name="Family">The family.</param>
/// <param name="Theta">The maximum-likelihood parameters, in the order of the family's <see cref="FitFamily.ParameterNames"/>.</param>
/// <param name="Parameters">The reported parameters with their standard errors and bootstrap intervals.</param>
/// <param name="LogLikelihood">ln L at the maximum.</param>
/// <param name="Count">The number of observations n.</param>
/// <param name="KolmogorovSmirnov">Kolmogorov-Smirnov's D of the data against the fit.</param>
/// <param name="KolmogorovSmirnovPValue">Its bootstrap p-value, or null without a bootstrap.</param>
/// <param name="AndersonDarling">Anderson-Darling's A² of the data against the fit.</param>
/// <param name="AndersonDarlingPValue">Its bootstrap p-value, or null without a bootstrap.</param>
/// <param name="StandardErrors">Where the standard errors come from.</param>
/// <param name="Bootstrap">The bootstrap's replicates, or null without one.</param>
public sealed record DistributionFit(
    FitFamily Family,
    IReadOnlyList<double> Theta,
    IReadOnlyList<FittedParameter> Parameters,
    double LogLikelihood,
    int Count,
    double KolmogorovSmirnov,
    double? KolmogorovSmirnovPValue,
    double AndersonDarling,
    double? AndersonDarlingPValue,
    StandardErrorSource StandardErrors,
    BootstrapDistribution? Bootstrap)
{
    /// <summary>Akaike's information criterion, 2k − 2 ln L (lower is better).</summary>
    public double Aic => (2.0 * Family.ParameterCount) - (2 * LogLikelihood);

    /// <summary>The Bayesian (Schwarz) information criterion, k ln n − 2 ln L (lower is better).</summary>
    public double Bic => (Family.ParameterCount * Math.Log(Count)) - (2 * LogLikelihood);

    /// <summary>The fitted distribution.</summary>
    public Distribution Distribution => Family.Build([.. Theta]);

    /// <summary>The fit as the scenario format writes it, e.g. <c>{ "dist": "gamma", "shape": 2.31, "scale": 19.5 }</c>.</summary>
    public string Snippet => Family.Snippet([.. Theta]);

    /// <summary>The parameter named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The family reports no such parameter.</exception>
    public FittedParameter Parameter(string name)
        => Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"{Family.Name} has no parameter \"{name}\"; it has {string.Join(", ", Parameters.Select(p => p.Name))}.");

    /// <summary>One line for a labelled assumption: "gamma shape 2.31, scale 19.5; AIC 812.3, KS p 0.41, AD p 0.38".</summary>
    public string Summary()
    {
        var parameters = string.Join(", ", Parameters.Select(p => p.Name + " " + FitText.Significant(p.Value)));
        var tests = KolmogorovSmirnovPValue is { } ks && AndersonDarlingPValue is { } ad
            ? $", KS p {FitText.Fixed(ks, 2)}, AD p {FitText.Fixed(ad, 2)}"
            : $", KS D {FitText.Fixed(KolmogorovSmirnov, 3)}, AD A2 {FitText.Fixed(AndersonDarling, 3)}";
        return $"{Family.Name} {parameters}; AIC {FitText.Fixed(Aic, 1)}{tests}";
    }

    /// <summary>The quantile-quantile pairs of the data against this fit (for a Q-Q chart).</summary>
    /// <param name="data">The observations fitted.</param>
    public IReadOnlyList<QuantilePair> QuantilePairs(Observations data)
    {
        Preconditions.NotNull(data);
        var sorted = data.Sorted();
        var distribution = Distribution;
        return [.. sorted.Select((x, i) =>
        {
            var p = (i + 0.5) / sorted.Count;
            return new QuantilePair(p, x, distribution.InverseCdf(p));
        })];
    }
}
