using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;

namespace Analytics.Scenarios;

/// <summary>
/// A scenario checked against the plan it claims to model: its total target is the plan's target,
/// and each stream is one of the plan's business lines (e.g. stream <c>newCustomers</c> is line
/// <c>new_customers</c>) with that line's target. A probability of hitting the plan's target is only
/// honest when the simulation aimed at the same figures, so a mismatch is an input error, not a note.
/// </summary>
public sealed record ScenarioPlanMatch
{
    /// <summary>Targets may differ by this much (萬元): the plan's amounts are stated to two decimals, a scenario's are doubles.</summary>
    public const double Tolerance = 0.005;

    private ScenarioPlanMatch(Scenario scenario, IReadOnlyList<StreamLine> streams)
    {
        Scenario = scenario;
        Streams = streams;
    }

    /// <summary>The scenario checked.</summary>
    public Scenario Scenario { get; }

    /// <summary>Each stream with its business line, in the scenario's order.</summary>
    public IReadOnlyList<StreamLine> Streams { get; }

    /// <summary>
    /// Checks <paramref name="scenario"/> against <paramref name="decomposition"/> and pairs its streams with the plan's
    /// business lines (the company target's children). Names are compared without case, '_' and '-'.
    /// </summary>
    /// <param name="scenario">The loaded scenario.</param>
    /// <param name="decomposition">The plan, decomposed (a line given only as a share gets its allocated amount).</param>
    /// <param name="scenarioFile">The scenario's file as the user named it, for the message.</param>
    /// <exception cref="InputException">The targets or the streams do not match; the message lists every difference.</exception>
    public static ScenarioPlanMatch Check(Scenario scenario, PlanDecomposition decomposition, string scenarioFile)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(decomposition);
        Preconditions.NotBlank(scenarioFile);
        var problems = new List<string>();
        var target = (double)decomposition.Root.Amount;
        if (Math.Abs(scenario.Target - target) > Tolerance)
        {
            problems.Add($"its target is {Amount(scenario.Target)} 萬元 but the plan's is {Amount(target)} 萬元");
        }

        var lines = decomposition.Root.Children;
        var pairs = new List<StreamLine>();
        foreach (var stream in scenario.Streams)
        {
            var line = lines.FirstOrDefault(l => Names(stream.Name, l.Node.Id));
            if (line is null)
            {
                problems.Add($"stream \"{stream.Name}\" is none of the plan's business lines ({string.Join(", ", lines.Select(l => l.Node.Id))})");
                continue;
            }

            if (Math.Abs(stream.Target - (double)line.Amount) > Tolerance)
            {
                problems.Add($"stream \"{stream.Name}\" targets {Amount(stream.Target)} 萬元 but the plan's line {line.Node.Id} is {Amount((double)line.Amount)} 萬元");
            }

            pairs.Add(new StreamLine(stream.Name, line.Node, (double)line.Amount));
        }

        var missing = lines.Where(l => l.Amount != 0 && !pairs.Any(p => p.Line.Id == l.Node.Id)).Select(l => l.Node.Id).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"no stream models the plan's line{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}");
        }

        if (problems.Count > 0)
        {
            throw new InputException(
                scenarioFile,
                0,
                null,
                $"the scenario \"{scenario.Name}\" does not model this plan: {string.Join("; ", problems)}",
                "a scenario whose target and stream targets are the plan's (one stream per business line, e.g. newCustomers for new_customers); fix the file, give --scenario FILE for this plan, or --no-simulation");
        }

        return new ScenarioPlanMatch(scenario, pairs);
    }

    // "newCustomers", "new_customers" and "new-customers" name the same line.
    /// <summary>
    /// Whether a scenario's stream name and a plan's line id name the same business line: equal but
    /// for case, '_' and '-' (stream <c>newCustomers</c> is line <c>new_customers</c>).
    /// </summary>
    public static bool Names(string stream, string lineId) => Key(stream) == Key(lineId);

    private static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string Amount(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
