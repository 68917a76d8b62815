using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Components;
using Analytics.Simulation.Engine;
using Analytics.Tracking;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// A year's pipeline facts matched with the scenario's components: leads and wins with the industry
/// funnel they name (by default the one named like the industry) and its win rate; renewals with the
/// renewal tier (by default tierA, tierB, tierC) and its renewal probability; benchmark accounts with
/// the line's component whose count outcomes constrain (its benchmark cascade). A fact the scenario
/// has no component for, or one after the last month observed, is an error at the fact's row.
/// </summary>
public sealed class PipelineBinding
{
    private readonly List<(int Month, string Input, int Successes, int Failures)> _rates = [];
    private readonly List<(int Month, string Component, int Chances, bool Won)> _counts = [];

    private PipelineBinding()
    {
    }

    /// <summary>No facts.</summary>
    public static PipelineBinding None { get; } = new();

    /// <summary>
    /// Matches <paramref name="pipeline"/>'s facts with <paramref name="match"/>'s scenario.
    /// </summary>
    /// <param name="match">The scenario, checked against the plan (its streams paired with the plan's lines).</param>
    /// <param name="pipeline">The facts.</param>
    /// <param name="monthsObserved">The last month of actuals: no fact may come after it.</param>
    /// <exception cref="InputException">A fact is after the last month observed, or names nothing the scenario models; the message names its row.</exception>
    public static PipelineBinding Bind(ScenarioPlanMatch match, Pipeline pipeline, int monthsObserved)
    {
        Preconditions.NotNull(match);
        Preconditions.NotNull(pipeline);
        Preconditions.InRange(monthsObserved, 0, CalendarMonths.Count);
        var scenario = match.Scenario;
        var binding = new PipelineBinding();
        foreach (var l in pipeline.Leads)
        {
            CheckMonth(l.Year, l.Month, l.Source, monthsObserved);
            var input = Rate(scenario, "industryFunnel", l.ComponentName, l.Source, l.Component is null ? "industry" : "component", "industry funnel");
            binding._rates.Add((l.Month, input, l.Wins, l.Leads - l.Wins));
        }

        foreach (var r in pipeline.Renewals)
        {
            CheckMonth(r.Year, r.Month, r.Source, monthsObserved);
            var input = Rate(scenario, "renewalTier", r.ComponentName, r.Source, r.Component is null ? "tier" : "component", "renewal tier");
            binding._rates.Add((r.Month, input, r.Renewed, r.Due - r.Renewed));
        }

        var decided = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in pipeline.Benchmarks)
        {
            CheckMonth(b.Year, b.Month, b.Source, monthsObserved);
            var stream = match.Streams.FirstOrDefault(s => s.Line.Id == b.Line)?.Stream;
            var counted = scenario.Streams.Where(s => s.Name == stream).SelectMany(s => s.Components)
                .Select(c => (Component: c, Count: ComponentCatalog.Of(c)?.CountOf(c))).Where(c => c.Count is not null).ToArray();
            if (counted.Length != 1)
            {
                throw new InputException(b.Source.File, b.Source.Line, "line", $"the scenario \"{scenario.Name}\" models {(stream is null ? $"no stream for the line {b.Line}" : $"{counted.Length} benchmark cascades in the stream {stream} of the line {b.Line}")}, so a benchmark account of it cannot be placed", "a line whose stream has exactly one benchmarkCascade component (data/scenarios/README.md)");
            }

            var (component, count) = (counted[0].Component, counted[0].Count!);
            decided[component.Name] = decided.GetValueOrDefault(component.Name) + 1;
            if (decided[component.Name] > count.Chances)
            {
                throw new InputException(b.Source.File, b.Source.Line, "outcome", $"this is benchmark account number {decided[component.Name]} of the line {b.Line} decided this year, but the scenario's {component.Name} has {count.Chances} prospects", $"at most {count.Chances} benchmark rows for {b.Line}, one per prospect decided");
            }

            binding._counts.Add((b.Month, component.Name, count.Chances, b.Won));
        }

        return binding;
    }

    /// <summary>The evidence of the first <paramref name="monthsObserved"/> months: <paramref name="booked"/> per stream and the facts of those months, added up per input and per component.</summary>
    public YearEvidence Evidence(int monthsObserved, IReadOnlyList<double> booked)
        => new(
            monthsObserved,
            booked,
            [.. _rates.Where(r => r.Month <= monthsObserved).GroupBy(r => r.Input, StringComparer.Ordinal).Select(g => new RateEvidence(g.Key, g.Sum(r => r.Successes), g.Sum(r => r.Failures)))],
            [.. _counts.Where(c => c.Month <= monthsObserved).GroupBy(c => c.Component, StringComparer.Ordinal).Select(g => new CountEvidence(g.Key, g.First().Chances, g.Count(c => c.Won), g.Count(c => !c.Won)))]);

    private static void CheckMonth(int year, int month, SourceLocation source, int monthsObserved)
    {
        if (month > monthsObserved)
        {
            throw new InputException(source.File, source.Line, "month", $"the fact is for {CalendarMonths.Label(year, month)}, after the last month of actuals ({(monthsObserved == 0 ? "none" : CalendarMonths.Label(year, monthsObserved))})", "pipeline facts of the months the actuals cover (add the month's actuals first)");
        }
    }

    // The probability input of the component of kind `model` named `name` (within its stream, compared
    // without case, '_' and '-').
    private static string Rate(Scenario scenario, string model, string name, SourceLocation source, string column, string what)
    {
        var kind = ComponentCatalog.Find(model)!;
        var candidates = scenario.Streams.SelectMany(s => s.Components.Select(c => (Short: ShortName(s, c), Component: c)))
            .Where(c => c.Component.GetType() == kind.ComponentType).ToArray();
        var found = candidates.Where(c => ScenarioPlanMatch.Names(c.Short, name)).ToArray();
        if (found.Length != 1 || kind.RateOf(found[0].Component) is not { } input)
        {
            throw new InputException(
                source.File,
                source.Line,
                column,
                $"the scenario \"{scenario.Name}\" has {(found.Length == 0 ? "no" : "more than one")} {what} named \"{name}\" ({(candidates.Length == 0 ? $"it has no {model} components" : "its " + what + "s: " + string.Join(", ", candidates.Select(c => c.Short)))})",
                $"the name of one of the scenario's {model} components in the component column (it defaults to {(model == "industryFunnel" ? "the industry's id" : "tier + the tier, e.g. tierA")})");
        }

        return input.Name;
    }

    private static string ShortName(ScenarioStream stream, ITrialComponent component)
        => component.Name.StartsWith(stream.Name + ".", StringComparison.Ordinal) ? component.Name[(stream.Name.Length + 1)..] : component.Name;
}
