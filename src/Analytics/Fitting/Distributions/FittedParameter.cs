using Analytics.Common;

namespace Analytics.Fitting.Distributions;

/// <summary>One parameter of a fitted distribution, named as the scenario format names it.</summary>
/// <param name="Name">The scenario's key, e.g. "shape" (or a derived figure such as the lognormal's "mean").</param>
/// <param name="Value">The maximum-likelihood value.</param>
/// <param name="StandardError">Its standard error (observed information, or the bootstrap for the bounded families), or null when none could be computed.</param>
/// <param name="Lower95">The 2.5% percentile of the bootstrap refits, or null without a bootstrap.</param>
/// <param name="Upper95">The 97.5% percentile of the bootstrap refits, or null without a bootstrap.</param>
public sealed record FittedParameter(string Name, double Value, double? StandardError, double? Lower95, double? Upper95)
{
    /// <summary>The name (not blank).</summary>
    public string Name { get; } = Preconditions.NotBlank(Name);

    /// <summary>The value (finite).</summary>
    public double Value { get; } = Preconditions.Finite(Value);
}
