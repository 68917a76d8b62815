namespace Analytics.Simulation.Results;

/// <summary>An output's estimates after the first <paramref name="Trials"/> trials, to show how they settle.</summary>
/// <param name="Trials">Trials included (in trial order).</param>
/// <param name="Mean">The running mean.</param>
/// <param name="MeanStandardError">sd/√n of the first <paramref name="Trials"/> trials.</param>
/// <param name="Hits">Of those trials, how many reached the target, or null without a target.</param>
public sealed record ConvergencePoint(long Trials, double Mean, double MeanStandardError, long? Hits)
{
    /// <summary>The running P(output &gt;= target), <see cref="Hits"/> / <see cref="Trials"/>, or null without a target.</summary>
    public double? ProbabilityOfTarget => Hits is { } hits ? (double)hits / Trials : null;
}
