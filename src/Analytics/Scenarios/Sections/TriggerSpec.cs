using Analytics.Common;
using Analytics.Simulation.Distributions;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// The plan's quarterly rule and the response to it, modelled as a policy (the scenario's
/// <c>trigger</c> section). The rule fires in a quarter whose revenue is below
/// <see cref="Threshold"/> of that quarter's target. The policy after the first firing: re-phase
/// the remaining target over the remaining quarters (when <see cref="Replan"/>) and, for the rest
/// of the year, a push on the benchmark accounts (<see cref="Boost"/>).
/// </summary>
/// <param name="Threshold">Completion below which the rule fires: in (0, 1] (the seed: 0.80).</param>
/// <param name="Replan">Whether a firing re-phases the remaining target (changes later quarters' targets, not revenue).</param>
/// <param name="Boost">The push after the first firing, or null for none.</param>
public sealed record TriggerSpec(double Threshold, bool Replan, PolicyBoost? Boost)
{
    /// <summary>The threshold (validated: in (0, 1]).</summary>
    public double Threshold { get; init; } = Threshold is > 0 and <= 1
        ? Threshold
        : throw new ArgumentOutOfRangeException(nameof(Threshold), $"Threshold must be a completion in (0, 1]; was {Preconditions.Format(Threshold)}.");
}

/// <summary>
/// A push that raises a per-trial probability input for the rest of the year once the rule has
/// fired: p' = min(1, p + <see cref="Shift"/>), drawn from the same uniforms as p (common random
/// numbers), e.g. the benchmark win probability raised by 0.10 when the director concentrates on
/// the benchmark accounts.
/// </summary>
/// <param name="Input">The probability input's name, e.g. "newProduct.benchmarks.winProbability".</param>
/// <param name="Shift">The rise in probability: in (0, 1].</param>
public sealed record PolicyBoost(string Input, double Shift)
{
    /// <summary>The input (validated: not blank).</summary>
    public string Input { get; init; } = Preconditions.NotBlank(Input);

    /// <summary>The rise (validated: in (0, 1]).</summary>
    public double Shift { get; init; } = Shift is > 0 and <= 1
        ? Shift
        : throw new ArgumentOutOfRangeException(nameof(Shift), $"Shift must be a rise in probability in (0, 1]; was {Preconditions.Format(Shift)}.");

    /// <summary>
    /// <paramref name="scenario"/> with the push applied all year: its input <see cref="Input"/> drawn as
    /// min(1, p + <see cref="Shift"/>) from the same uniforms (every other draw unchanged).
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no such input.</exception>
    public Scenario Apply(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var input = scenario.Input(Input);
        return scenario.WithInput(input with { Distribution = new TransformedDistribution(input.Distribution, Transform.CappedShift, Shift) });
    }
}
