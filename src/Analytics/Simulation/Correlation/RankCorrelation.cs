using Analytics.Common;

namespace Analytics.Simulation.Correlation;

/// <summary>
/// A requested Spearman rank correlation between two named inputs, e.g. the market factor and a
/// win rate (a strong market makes deals easier). Rank correlation leaves each input's
/// distribution exactly as specified.
/// </summary>
/// <param name="First">The first input's name.</param>
/// <param name="Second">The second input's name (different from the first).</param>
/// <param name="Coefficient">Spearman's rho in [−1, 1].</param>
public sealed record RankCorrelation(string First, string Second, double Coefficient)
{
    /// <summary>The first input's name.</summary>
    public string First { get; init; } = Preconditions.NotBlank(First);

    /// <summary>The second input's name.</summary>
    public string Second { get; init; } = string.Equals(Preconditions.NotBlank(Second), First, StringComparison.Ordinal)
        ? throw new ArgumentException($"A correlation needs two different inputs; both were \"{First}\".", nameof(Second))
        : Second;

    /// <summary>Spearman's rho.</summary>
    public double Coefficient { get; init; } = Preconditions.InRange(Coefficient, -1, 1);
}
