namespace Analytics.Charts.Inputs;

/// <summary>What the results of a tornado are.</summary>
public enum TornadoMetric
{
    /// <summary>The probability of hitting the target (0-1), shown as a percentage.</summary>
    ProbabilityOfHit,

    /// <summary>An amount in 萬元 (e.g. median revenue), shown in the display unit.</summary>
    Amount,
}
