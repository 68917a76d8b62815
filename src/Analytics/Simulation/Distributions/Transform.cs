namespace Analytics.Simulation.Distributions;

/// <summary>How a <see cref="TransformedDistribution"/> maps its base distribution's values.</summary>
public enum Transform
{
    /// <summary>x → c·x with c &gt; 0 (keeps the coefficient of variation).</summary>
    Scale,

    /// <summary>p → 1 / (1 + e^−(logit p + δ)) for p in [0, 1]: the odds times e^δ; stays inside [0, 1], ends fixed.</summary>
    LogOddsShift,

    /// <summary>p → min(1, p + δ) for p in [0, 1], δ &gt;= 0: a rise of δ points, capped at 1.</summary>
    CappedShift,
}
