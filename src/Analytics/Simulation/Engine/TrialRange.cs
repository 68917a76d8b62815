using System.Globalization;
using Analytics.Common;

namespace Analytics.Simulation.Engine;

/// <summary>
/// The trials a kind of run accepts, the one place each range is written: a plain simulation takes
/// any count up to <see cref="SimulationOptions.MaxTrials"/>; the analyses need at least 100 (they
/// read quantiles, conditional shares and bins of the trials); a sensitivity analysis at most
/// 10,000,000 (its tornado runs two simulations of this many trials per input, each kept whole).
/// </summary>
/// <param name="Minimum">The fewest trials, &gt;= 1.</param>
/// <param name="Maximum">The most trials, from <paramref name="Minimum"/> to <see cref="SimulationOptions.MaxTrials"/>.</param>
public sealed record TrialRange(int Minimum, int Maximum)
{
    /// <summary>A simulation: 1 to <see cref="SimulationOptions.MaxTrials"/> trials (simulate, report).</summary>
    public static TrialRange Simulation { get; } = new(1, SimulationOptions.MaxTrials);

    /// <summary>An analysis of a simulation's trials: 100 to <see cref="SimulationOptions.MaxTrials"/> (splits, trigger, goal seek, budget).</summary>
    public static TrialRange Analysis { get; } = new(100, SimulationOptions.MaxTrials);

    /// <summary>Each run of a sensitivity analysis (tornado, rank correlations): 100 to 10,000,000.</summary>
    public static TrialRange Sensitivity { get; } = new(100, 10_000_000);

    /// <summary>The fewest trials (validated: &gt;= 1).</summary>
    public int Minimum { get; init; } = Preconditions.InRange(Minimum, 1, SimulationOptions.MaxTrials);

    /// <summary>The most trials (validated: from the minimum to <see cref="SimulationOptions.MaxTrials"/>).</summary>
    public int Maximum { get; init; } = Preconditions.InRange(Maximum, Minimum, SimulationOptions.MaxTrials);

    /// <summary>Returns <paramref name="trials"/> when it lies in the range, else throws naming <paramref name="name"/> and the range.</summary>
    public int Check(int trials, string name = "trials") => Preconditions.InRange(trials, Minimum, Maximum, name);

    /// <summary>The range in words, e.g. "100 to 100,000,000".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum:#,0} to {Maximum:#,0}");
}
