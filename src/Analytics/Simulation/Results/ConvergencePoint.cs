namespace Analytics.Simulation.Results;

/// <summary>An output's estimates after the first <paramref name="Trials"/> trials, to show how they settle.</summary>
/// <param name="Trials">Trials included (in trial order).</param>
/// <param name="Mean">The running mean.</param>
/// <param name="MeanStandardError">sd/√n of the first <paramref name="Trials"/> trials.</param>
/// <param name="ProbabilityOfTarget">The running P(output &gt;= target), or null without a target.</param>
public sealed record ConvergencePoint(long Trials, double Mean, double MeanStandardError, double? ProbabilityOfTarget);
