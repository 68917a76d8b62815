using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios;

/// <summary>
/// One revenue stream of a scenario (e.g. repurchase): the sum of its components in each trial,
/// times its multiplier (e.g. the market factor) when it has one, against its sub-target.
/// </summary>
/// <param name="Name">The stream's name, also its output's name (e.g. "repurchase").</param>
/// <param name="Target">The stream's sub-target (萬元).</param>
/// <param name="Multiplier">An input multiplying the whole stream in each trial, or null.</param>
/// <param name="Components">The stream's parts (at least one).</param>
public sealed record ScenarioStream(string Name, double Target, ScalarInput? Multiplier, IReadOnlyList<ITrialComponent> Components)
{
    /// <summary>The name (validated: not blank).</summary>
    public string Name { get; init; } = Preconditions.NotBlank(Name);

    /// <summary>The sub-target (validated: finite).</summary>
    public double Target { get; init; } = Preconditions.Finite(Target);

    /// <summary>The parts (validated: at least one).</summary>
    public IReadOnlyList<ITrialComponent> Components { get; init; } = Preconditions.NotEmpty(Components);

    /// <summary>Every input the stream reads: its multiplier and its components' inputs.</summary>
    public IEnumerable<ScalarInput> Inputs
        => (Multiplier is null ? [] : new[] { Multiplier }).Concat(Components.SelectMany(c => c.Inputs));

    /// <summary>The stream with the input named like <paramref name="input"/> replaced everywhere.</summary>
    public ScenarioStream WithInput(ScalarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return this with
        {
            Multiplier = Multiplier?.Name == input.Name ? input : Multiplier,
            Components = Components.Select(c => c.WithInput(input)).ToArray(),
        };
    }
}
