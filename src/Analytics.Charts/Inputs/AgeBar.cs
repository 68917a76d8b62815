using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>The installed base at one equipment age and the probability that such a unit is replaced this year.</summary>
/// <param name="Age">Equipment age in years, &gt;= 0.</param>
/// <param name="Units">Installed units (or customers) of that age, &gt;= 0.</param>
/// <param name="ReplacementProbability">P(replaced this year | age), 0-1 (e.g. from the Weibull hazard).</param>
public sealed record AgeBar(int Age, double Units, double ReplacementProbability)
{
    /// <summary>Age in years, non-negative.</summary>
    public int Age { get; } = Preconditions.NonNegative(Age);

    /// <summary>Units of that age, non-negative.</summary>
    public double Units { get; } = Preconditions.NonNegative(Units);

    /// <summary>Replacement probability, 0-1.</summary>
    public double ReplacementProbability { get; } = Preconditions.Probability(ReplacementProbability);
}
