using Analytics.Common;

namespace Analytics.Scenarios;

/// <summary>
/// One figure a scenario repeats from its plan that differs from the plan's (<see cref="ScenarioPlanMatch"/>):
/// what differs and where each side wrote it. An error means the scenario does not model the plan; a
/// warning is a difference a scenario may have on purpose (data/scenarios/README.md says which).
/// </summary>
/// <param name="IsError">Whether the difference stops the scenario from standing for the plan.</param>
/// <param name="Problem">What differs, with both figures, e.g. "phasing Q1 is 25% but the plan's Q1 is 20%".</param>
/// <param name="ScenarioAt">Where the scenario writes its figure (line 0 when it has no line).</param>
/// <param name="PlanAt">Where the plan states its figure, or <see cref="SourceLocation.None"/>.</param>
public sealed record ScenarioPlanDifference(bool IsError, string Problem, SourceLocation ScenarioAt, SourceLocation PlanAt)
{
    /// <summary>What differs (not blank).</summary>
    public string Problem { get; } = Preconditions.NotBlank(Problem);

    /// <summary>Where the scenario writes it.</summary>
    public SourceLocation ScenarioAt { get; } = Preconditions.NotNull(ScenarioAt);

    /// <summary>Where the plan states it.</summary>
    public SourceLocation PlanAt { get; } = Preconditions.NotNull(PlanAt);

    /// <summary>The problem followed by both places, e.g. "... (scenario my.json:24; plan data/plc-2026/targets.csv:2)".</summary>
    public override string ToString()
    {
        var places = new[] { ("scenario", ScenarioAt), ("plan", PlanAt) }
            .Where(p => !string.IsNullOrEmpty(p.Item2.File))
            .Select(p => $"{p.Item1} {p.Item2}")
            .ToArray();
        return places.Length == 0 ? Problem : $"{Problem} ({string.Join("; ", places)})";
    }
}
