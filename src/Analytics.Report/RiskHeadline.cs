using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Results;

namespace Analytics.Report;

/// <summary>
/// The simulation's headline as the report shows it: which scenario ran and how (so the figures can be
/// reproduced), the probability of reaching the target with its Monte Carlo standard error and 95%
/// interval, and the mean and P10/P50/P90 of the year's revenue.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">SHA-256 of the scenario file (hex), from the run manifest.</param>
/// <param name="Target">The target the probability refers to, 萬元.</param>
/// <param name="ProbabilityOfHit">P(revenue &gt;= target), 0-1.</param>
/// <param name="StandardError">Its standard error, 0-1.</param>
/// <param name="Lower95">Lower end of its 95% interval, 0-1.</param>
/// <param name="Upper95">Upper end of its 95% interval, 0-1.</param>
/// <param name="Mean">Mean revenue, 萬元.</param>
/// <param name="P10">10th percentile of revenue, 萬元.</param>
/// <param name="P50">Median revenue, 萬元.</param>
/// <param name="P90">90th percentile of revenue, 萬元.</param>
/// <param name="Trials">Number of simulated years.</param>
/// <param name="Seed">The seed the run used.</param>
public sealed record RiskHeadline(
    string Scenario,
    string ScenarioHash,
    double Target,
    double ProbabilityOfHit,
    double StandardError,
    double Lower95,
    double Upper95,
    double Mean,
    double P10,
    double P50,
    double P90,
    long Trials,
    ulong Seed)
{
    /// <summary>The scenario's name, not blank.</summary>
    public string Scenario { get; } = Preconditions.NotBlank(Scenario);

    /// <summary>The scenario file's SHA-256 (hex), not blank.</summary>
    public string ScenarioHash { get; } = Preconditions.NotBlank(ScenarioHash);

    /// <summary>The target, 萬元, finite.</summary>
    public double Target { get; } = Preconditions.Finite(Target);

    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);

    /// <summary>Standard error, 0-1.</summary>
    public double StandardError { get; } = Preconditions.Probability(StandardError);

    /// <summary>Lower end of the 95% interval, 0-1, at most P(hit).</summary>
    public double Lower95 { get; } = Preconditions.InRange(Lower95, 0, ProbabilityOfHit);

    /// <summary>Upper end of the 95% interval, P(hit)-1.</summary>
    public double Upper95 { get; } = Preconditions.InRange(Upper95, ProbabilityOfHit, 1);

    /// <summary>Mean, 萬元.</summary>
    public double Mean { get; } = Preconditions.Finite(Mean);

    /// <summary>P10, 萬元.</summary>
    public double P10 { get; } = Preconditions.Finite(P10);

    /// <summary>P50, 萬元.</summary>
    public double P50 { get; } = Preconditions.Finite(P50);

    /// <summary>P90, 萬元.</summary>
    public double P90 { get; } = Preconditions.Finite(P90);

    /// <summary>Trials, at least 1.</summary>
    public long Trials { get; } = Trials >= 1 ? Trials : throw new ArgumentOutOfRangeException(nameof(Trials), Trials, "Trials must be at least 1.");

    /// <summary>The headline of a run of <paramref name="scenario"/>: its total against the total target.</summary>
    /// <param name="scenario">The scenario that ran.</param>
    /// <param name="result">Its run (the manifest's hash must be the scenario's).</param>
    public static RiskHeadline From(Scenario scenario, SimulationResult result)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(result);
        if (!string.Equals(result.Manifest.ScenarioHash, scenario.Hash, StringComparison.Ordinal))
        {
            throw new ArgumentException($"result is a run of the model with fingerprint {result.Manifest.ScenarioHash}, not of the scenario \"{scenario.Name}\" ({scenario.Hash}).", nameof(result));
        }

        var total = result.Output(Scenarios.Scenario.TotalOutput);
        var hit = total.ProbabilityOfTarget!;
        return new RiskHeadline(
            scenario.Name,
            scenario.Hash,
            total.Target!.Value,
            hit.Value,
            hit.StandardError,
            hit.Lower95,
            hit.Upper95,
            total.Mean,
            total.Percentiles.P10,
            total.Percentiles.P50,
            total.Percentiles.P90,
            result.Manifest.Trials,
            result.Manifest.Seed);
    }
}
