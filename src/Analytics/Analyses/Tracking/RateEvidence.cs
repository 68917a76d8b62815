using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Outcomes counted at one per-trial probability of the scenario (a funnel's win rate, a tier's
/// renewal probability): <paramref name="Successes"/> and <paramref name="Failures"/> independent
/// Bernoulli outcomes at the trial's rate p, so the trial's likelihood is p^S (1 − p)^F, the
/// binomial kernel of the conjugate update Beta(a, b) → Beta(a + S, b + F).
/// </summary>
/// <param name="Input">The probability input's name, e.g. "newCustomers.3c.winRate".</param>
/// <param name="Successes">S: wins, renewals; &gt;= 0.</param>
/// <param name="Failures">F: leads lost, customers lapsed; &gt;= 0.</param>
public sealed record RateEvidence(string Input, int Successes, int Failures)
{
    /// <summary>The input (validated: not blank).</summary>
    public string Input { get; } = Preconditions.NotBlank(Input);

    /// <summary>S (validated: &gt;= 0).</summary>
    public int Successes { get; } = Preconditions.NonNegative(Successes);

    /// <summary>F (validated: &gt;= 0).</summary>
    public int Failures { get; } = Preconditions.NonNegative(Failures);

    /// <summary>S + F.</summary>
    public int Trials => Successes + Failures;

    /// <summary>ln(p^S (1 − p)^F) for a rate p in [0, 1] (−∞ when p rules the outcomes out).</summary>
    public double LogLikelihood(double p)
        => (Successes == 0 ? 0 : Successes * Math.Log(p)) + (Failures == 0 ? 0 : Failures * Math.Log(1 - p));
}
