using Analytics.Common;
using Analytics.Scenarios.Components;

namespace Analytics.Scenarios.Limits;

/// <summary>
/// The random draws one trial of a scenario makes on average: one per input, and each component's
/// from the component catalog (<see cref="ComponentKind.DrawsPerTrial"/>), with the key that makes
/// the most of them, which is what a refusal points at.
/// </summary>
/// <param name="PerTrial">Expected draws per trial, all inputs and components.</param>
/// <param name="Heaviest">The path of the key that drives the most draws, e.g. "repurchase.tierA.customers".</param>
/// <param name="HeaviestPerTrial">The draws per trial that key drives.</param>
public sealed record ScenarioDraws(double PerTrial, string Heaviest, double HeaviestPerTrial)
{
    /// <summary>The draws of <paramref name="scenario"/>.</summary>
    public static ScenarioDraws Of(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var parts = scenario.Streams
            .SelectMany(s => s.Components)
            .SelectMany(c => ComponentCatalog.Of(c) is { } kind
                ? kind.DrawsPerTrial(c).Select(d => (Path: c.Name + "." + d.Key, d.PerTrial))
                : [(c.Name, 1.0)]) // built in code: at least one draw
            .ToArray();
        var heaviest = parts.MaxBy(p => p.PerTrial);
        return new ScenarioDraws(scenario.Inputs.Count + parts.Sum(p => p.PerTrial), heaviest.Path ?? scenario.Name, heaviest.PerTrial);
    }
}
