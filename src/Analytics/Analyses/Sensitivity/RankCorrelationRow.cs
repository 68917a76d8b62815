namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// An input's rank correlation with the total over the simulated trials (with the scenario's own
/// correlations between inputs in force) and its contribution to variance, the squared
/// correlation normalised over all inputs (a screening measure: it credits an input with what it
/// shares with inputs correlated to it).
/// </summary>
/// <param name="Input">The input's name.</param>
/// <param name="Spearman">Spearman's rho between the input and the total.</param>
/// <param name="ContributionToVariance">rho² / Σ rho² over the inputs.</param>
public sealed record RankCorrelationRow(string Input, double Spearman, double ContributionToVariance);
