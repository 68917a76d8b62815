namespace Analytics.Fitting.Distributions;

/// <summary>Where a fit's standard errors come from.</summary>
public enum StandardErrorSource
{
    /// <summary>None could be computed (a bounded family without a bootstrap, or a singular information matrix).</summary>
    None,

    /// <summary>The inverse observed information at the maximum (delta method for derived figures).</summary>
    ObservedInformation,

    /// <summary>The standard deviation of the parametric bootstrap's refits.</summary>
    Bootstrap,
}
