using System.Globalization;
using Analytics.Common;

namespace Analytics.Scenarios.Limits;

/// <summary>
/// What a command will cost before it runs: the trials it simulates in all (every run of every
/// analysis it makes) and the memory it keeps for its trials. Each analysis states its own (e.g.
/// <c>TriggerAnalysis.Estimate</c>); <see cref="Check"/> compares them with
/// <see cref="ScenarioLimits.MaxDraws"/> and <see cref="ScenarioLimits.MaxBytes"/>.
/// </summary>
/// <param name="Command">What is estimated, for messages (e.g. "trigger").</param>
/// <param name="Trials">The trials asked for (--trials): what a refusal suggests lowering.</param>
/// <param name="TrialRuns">Trials simulated in all, e.g. two runs of the trials asked for.</param>
/// <param name="Bytes">Memory kept for the trials, at its peak.</param>
public sealed record WorkEstimate(string Command, int Trials, double TrialRuns, double Bytes)
{
    /// <summary>The bytes of one double: the unit every analysis keeps per trial and column.</summary>
    public const int DoubleBytes = sizeof(double);

    /// <summary>Two estimates made one after the other by one command: trials add up, and so does memory (the first's results are kept).</summary>
    public WorkEstimate Then(WorkEstimate next)
    {
        Preconditions.NotNull(next);
        return this with { TrialRuns = TrialRuns + next.TrialRuns, Bytes = Bytes + next.Bytes };
    }

    /// <summary>Expected random draws in all: <see cref="TrialRuns"/> times the scenario's draws per trial.</summary>
    public double Draws(Scenario scenario) => TrialRuns * ScenarioDraws.Of(Preconditions.NotNull(scenario)).PerTrial;

    /// <summary>
    /// Refuses, before any trial, a run of <paramref name="scenario"/> above the limits: the message names
    /// the scenario file and the line of the count that drives most draws, the estimated cost, and how to
    /// lower it (the trials that would fit).
    /// </summary>
    /// <exception cref="InputException">The estimate exceeds <see cref="ScenarioLimits.MaxDraws"/> or <see cref="ScenarioLimits.MaxBytes"/>.</exception>
    public void Check(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var draws = ScenarioDraws.Of(scenario);
        var total = TrialRuns * draws.PerTrial;
        if (Bytes > ScenarioLimits.MaxBytes)
        {
            var fit = Math.Floor(Trials * ScenarioLimits.MaxBytes / Bytes);
            throw new InputException(
                scenario.File ?? scenario.Name,
                0,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{Command} would keep about {Gigabytes(Bytes)} of memory for its trials ({Bytes / Trials:#,0} bytes a trial x {Trials:#,0} trials, for {scenario.Streams.Count:#,0} streams), more than the {Gigabytes(ScenarioLimits.MaxBytes)} one command may keep"),
                $"at most {Gigabytes(ScenarioLimits.MaxBytes)}: "
                    + (fit >= 1 ? string.Create(CultureInfo.InvariantCulture, $"lower --trials to {fit:#,0} or less, or use fewer streams") : "use fewer streams (not even one trial fits)"));
        }

        if (total > ScenarioLimits.MaxDraws)
        {
            var at = scenario.LocationOf(draws.Heaviest);
            var fit = Math.Floor(Trials * ScenarioLimits.MaxDraws / total);
            throw new InputException(
                at.File,
                at.Line,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{Command} would make about {ScenarioLimits.Format(total)} random draws ({ScenarioLimits.Format(TrialRuns)} simulated trials x {ScenarioLimits.Format(draws.PerTrial)} draws a trial, {ScenarioLimits.Format(draws.HeaviestPerTrial)} of them for \"{draws.Heaviest}\"{(at.Line > 0 ? " on this line" : string.Empty)}), more than the {ScenarioLimits.Format(ScenarioLimits.MaxDraws)} one command may make"),
                $"at most {ScenarioLimits.Format(ScenarioLimits.MaxDraws)} draws: "
                    + (fit >= 1 ? string.Create(CultureInfo.InvariantCulture, $"lower --trials to {fit:#,0} or less, or lower the count of \"{draws.Heaviest}\"") : $"lower the count of \"{draws.Heaviest}\" (not even one trial fits)"));
        }
    }

    private static string Gigabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GiB");
}
