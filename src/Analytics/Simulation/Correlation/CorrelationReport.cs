namespace Analytics.Simulation.Correlation;

/// <summary>A rank correlation as asked for, as used after any repair, and as achieved in the draws.</summary>
/// <param name="First">The first input.</param>
/// <param name="Second">The second input.</param>
/// <param name="Requested">Spearman's rho asked for.</param>
/// <param name="Used">Spearman's rho imposed: equal to <paramref name="Requested"/> unless the matrix had to be repaired to be positive definite.</param>
/// <param name="Achieved">Spearman's rho of the draws: the mean over blocks of each block's rank correlation (ties get average ranks).</param>
public sealed record CorrelationReport(string First, string Second, double Requested, double Used, double Achieved);
