using System.Globalization;
using Analytics.Simulation.Distributions;

namespace Analytics.Scenarios.Limits;

/// <summary>
/// The bounds a scenario and a run of it must keep, so that every run ends in bounded time and
/// memory and no representable result overflows. Load-time bounds (<see cref="MaxCount"/>,
/// <see cref="MaxAmount"/>) are checked by <see cref="ScenarioLoader"/> at the offending value's
/// line; run bounds (<see cref="MaxDraws"/>, <see cref="MaxBytes"/>) by <see cref="WorkEstimate.Check"/>
/// before any trial, from the analysis' own estimate of its trials and of what it keeps per trial.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>
    /// The largest expected count a component may draw in one trial (customers, prospects, the mean
    /// of a count distribution): 10^8. Each counted order is one value draw, so one trial at this
    /// count takes about a second; a whole number up to 2^31 − 1 would also leave no room for the
    /// count's spread in a 32-bit count.
    /// </summary>
    public const double MaxCount = 1e8;

    /// <summary>
    /// The largest amount in 萬元 a scenario may state or a value may reach in one draw in a billion
    /// (targets, order values, multipliers): 10^12 萬元, the plan loader's bound for an implausible
    /// amount. With counts under <see cref="MaxCount"/> every sum of a trial stays far inside the range
    /// of a double (below 10^40), so no result overflows.
    /// </summary>
    public const double MaxAmount = 1e12;

    /// <summary>The probability above which a value's reach is taken: a draw in a billion.</summary>
    public const double ReachProbability = 1 - 1e-9;

    /// <summary>
    /// The most random draws one command may make in all: 10^10 (expected draws per trial, from the
    /// component catalog, times the trials of every simulation the command runs). About half a
    /// minute on two cores in a Release build, a few minutes in a Debug build.
    /// </summary>
    public const double MaxDraws = 1e10;

    /// <summary>
    /// The most memory one command may keep for its trials: 4 GiB (bytes per trial, as the analysis
    /// counts the columns it keeps, times its trials).
    /// </summary>
    public const double MaxBytes = 4.0 * 1024 * 1024 * 1024;

    /// <summary>
    /// How far a value can go: its largest value when it has one, else its quantile at
    /// <see cref="ReachProbability"/>; infinity when even that is not a finite number.
    /// </summary>
    public static double Reach(Distribution value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var reach = double.IsFinite(value.Maximum) ? value.Maximum : value.InverseCdf(ReachProbability);
        return double.IsFinite(reach) && double.IsFinite(value.Mean) ? reach : double.PositiveInfinity;
    }

    /// <summary>A count or amount as messages write it, e.g. "2.1e+09" or "120".</summary>
    public static string Format(double value) => value.ToString(value >= 1e6 ? "0.##e+00" : "#,0.##", CultureInfo.InvariantCulture);
}
