using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// What the year's outcomes say about one of the scenario's probabilities: its mean before the year,
/// its mean given everything observed (the weighted trials: its own outcomes, the revenue booked and
/// whatever it is correlated with), and the conjugate update of its prior by its own outcomes alone
/// when the prior is a Beta (Beta(a, b) → Beta(a + S, b + F)): the two agree when nothing else
/// informs it.
/// </summary>
/// <param name="Input">The probability input, e.g. "newCustomers.3c.winRate".</param>
/// <param name="Successes">S observed (wins, renewals).</param>
/// <param name="Trials">S + F observed (leads decided, customers due).</param>
/// <param name="PriorMean">Its mean over the prior trials.</param>
/// <param name="PosteriorMean">Its weighted mean given everything observed, with its importance-sampling error.</param>
/// <param name="ConjugateMean">(a + S) / (a + b + S + F) for a Beta prior, else null.</param>
public sealed record RateUpdate(string Input, int Successes, int Trials, double PriorMean, Estimate PosteriorMean, double? ConjugateMean);
