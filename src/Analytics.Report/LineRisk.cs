using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Results;

namespace Analytics.Report;

/// <summary>One business line under simulation: its sub-target, the simulated revenue's mean and P10/P50/P90, and the probability of reaching the sub-target with its standard error.</summary>
/// <param name="Stream">The scenario stream's name (e.g. newCustomers).</param>
/// <param name="Name">The plan's name of the business line, in both languages.</param>
/// <param name="Target">The sub-target, 萬元.</param>
/// <param name="Mean">Mean revenue, 萬元.</param>
/// <param name="P10">10th percentile, 萬元.</param>
/// <param name="P50">Median, 萬元.</param>
/// <param name="P90">90th percentile, 萬元.</param>
/// <param name="ProbabilityOfTarget">P(line &gt;= sub-target), 0-1.</param>
/// <param name="StandardError">Its standard error, 0-1.</param>
public sealed record LineRisk(string Stream, BilingualText Name, double Target, double Mean, double P10, double P50, double P90, double ProbabilityOfTarget, double StandardError)
{
    /// <summary>The stream's name.</summary>
    public string Stream { get; } = Preconditions.NotBlank(Stream);

    /// <summary>The line's name.</summary>
    public BilingualText Name { get; } = Preconditions.NotNull(Name);

    /// <summary>P(line &gt;= sub-target), 0-1.</summary>
    public double ProbabilityOfTarget { get; } = Preconditions.Probability(ProbabilityOfTarget);

    /// <summary>Its standard error, 0-1.</summary>
    public double StandardError { get; } = Preconditions.Probability(StandardError);

    /// <summary>The figures of <paramref name="line"/>'s stream in <paramref name="result"/>.</summary>
    /// <param name="line">A stream paired with its business line (from <see cref="ScenarioPlanMatch"/>).</param>
    /// <param name="result">The scenario's run.</param>
    public static LineRisk From(StreamLine line, SimulationResult result)
    {
        Preconditions.NotNull(line);
        Preconditions.NotNull(result);
        var o = result.Output(line.Stream);
        var hit = o.ProbabilityOfTarget ?? throw new ArgumentException($"output \"{line.Stream}\" of the run has no target.", nameof(result));
        return new LineRisk(line.Stream, new BilingualText(line.Line.NameZh, line.Line.NameEn), o.Target!.Value, o.Mean, o.Percentiles.P10, o.Percentiles.P50, o.Percentiles.P90, hit.Value, hit.StandardError);
    }
}
