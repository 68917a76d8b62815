namespace Analytics.Fitting.Distributions;

/// <summary>One point of a Q-Q comparison: the i-th smallest observation against the fit's quantile at the plotting position (i − 0.5)/n.</summary>
/// <param name="Probability">The plotting position (i − 0.5)/n.</param>
/// <param name="Observed">The i-th smallest observation.</param>
/// <param name="Fitted">The fitted distribution's quantile at <paramref name="Probability"/>.</param>
public sealed record QuantilePair(double Probability, double Observed, double Fitted);
