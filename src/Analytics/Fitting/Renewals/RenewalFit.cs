using Analytics.Common;
using Analytics.History;
using Analytics.Scenarios.Editing;
using MathNet.Numerics.Distributions;

namespace Analytics.Fitting.Renewals;

/// <summary>
/// A tier's renewal probability as a beta posterior: with prior Beta(a₀, b₀) and r renewals among the
/// n customers that were due, the posterior is Beta(a₀ + r, b₀ + n − r) (conjugate updating), its
/// mean (a₀ + r)/(a₀ + b₀ + n) and its 90% interval the 5% and 95% quantiles. The scenario's
/// <c>renewalProbability</c> takes the posterior as written: a per-trial draw of the tier's rate.
/// </summary>
/// <param name="Tier">The tier.</param>
/// <param name="Due">Customers due (n).</param>
/// <param name="Renewed">Renewals (r).</param>
/// <param name="Prior">The prior.</param>
/// <param name="Years">The due years seen, ascending.</param>
/// <param name="Sources">The rows of the tier.</param>
public sealed record RenewalFit(string Tier, int Due, int Renewed, BetaPrior Prior, IReadOnlyList<int> Years, IReadOnlyList<SourceLocation> Sources)
{
    /// <summary>The tier (not blank).</summary>
    public string Tier { get; } = Preconditions.NotBlank(Tier);

    /// <summary>Customers due (validated: &gt;= 0).</summary>
    public int Due { get; } = Preconditions.NonNegative(Due);

    /// <summary>Renewals (validated: in [0, due]).</summary>
    public int Renewed { get; } = Preconditions.InRange(Renewed, 0, Due);

    /// <summary>The posterior's a: a₀ + renewals.</summary>
    public double A => Prior.A + Renewed;

    /// <summary>The posterior's b: b₀ + lapses.</summary>
    public double B => Prior.B + Due - Renewed;

    /// <summary>The posterior mean a / (a + b).</summary>
    public double Mean => A / (A + B);

    /// <summary>The posterior's 5% quantile.</summary>
    public double Lower90 => Beta.InvCDF(A, B, 0.05);

    /// <summary>The posterior's 95% quantile.</summary>
    public double Upper90 => Beta.InvCDF(A, B, 0.95);

    /// <summary>The posterior as the scenario writes it, <c>{ "dist": "beta", "a": ..., "b": ... }</c>.</summary>
    public string Snippet => ScenarioNumber.Distribution("beta", ("a", A), ("b", B));

    /// <summary>One line for a labelled assumption.</summary>
    public string Summary()
        => $"tier {Tier}: {FitText.Whole(Renewed)} of {FitText.Whole(Due)} due customers renewed ({FitText.Whole(Years[0])}-{FitText.Whole(Years[^1])}); prior Beta({FitText.Significant(Prior.A)}, {FitText.Significant(Prior.B)}), posterior Beta({FitText.Significant(A)}, {FitText.Significant(B)}), mean {FitText.Fixed(Mean, 3)}, 90% {FitText.Fixed(Lower90, 3)}-{FitText.Fixed(Upper90, 3)}";

    /// <summary>The posterior of each tier, tiers in alphabetical order.</summary>
    /// <param name="outcomes">The renewal history: at least one row.</param>
    /// <param name="prior">The prior (default <see cref="BetaPrior.Uniform"/>).</param>
    public static IReadOnlyList<RenewalFit> ByTier(IReadOnlyList<RenewalOutcome> outcomes, BetaPrior? prior = null)
    {
        Preconditions.NotEmpty(outcomes);
        prior ??= BetaPrior.Uniform;
        return [.. outcomes.GroupBy(o => o.Tier, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new RenewalFit(
            g.Key,
            g.Count(),
            g.Count(o => o.Renewed),
            prior,
            [.. g.Select(o => o.DueYear).Distinct().Order()],
            [.. g.Select(o => o.Source)]))];
    }
}
