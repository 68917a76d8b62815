using Analytics.Statistics;

namespace Analytics.Analyses.GoalSeek;

/// <summary>
/// The value of one lever at which P(total &gt;= target) reaches the required level, found on
/// common random numbers, with its Monte Carlo error; or the statement that the level is already
/// met at the lever's current value, or that it cannot be reached within the lever's range.
/// </summary>
/// <param name="Lever">What the lever is (its path and what its value means).</param>
/// <param name="Required">The required probability.</param>
/// <param name="Lower">The search range's lower end.</param>
/// <param name="Upper">The search range's upper end.</param>
/// <param name="AtLower">P(hit) at <paramref name="Lower"/>.</param>
/// <param name="AtUpper">P(hit) at <paramref name="Upper"/>.</param>
/// <param name="Baseline">The lever's value as the scenario states it, or null.</param>
/// <param name="AtBaseline">P(hit) at the baseline, or null.</param>
/// <param name="Curve">P(hit) at the points of the first scan of the range (for a chart of P against the lever).</param>
/// <param name="Crossings">How many places of the scan P crosses the level at: intervals whose ends lie on opposite sides, plus scan points exactly on it, each counted once (the one nearest the baseline is solved).</param>
/// <param name="Reachable">Whether P reaches the required level somewhere in the range (on the scan, or at the baseline).</param>
/// <param name="AlreadyMet">Whether P at the baseline already reaches the level; with no crossing the value is then the baseline itself.</param>
/// <param name="Value">The value found: the crossing solved, or the baseline when the level is already met and P does not cross it (null when unreachable, or when P is above the level on the whole scan and no baseline lies in the range).</param>
/// <param name="ValueError">Its Monte Carlo standard error by the delta method, SE(P) / |dP/dv| (null when no crossing was solved or the slope is 0).</param>
/// <param name="AtValue">P(hit) at the value (null when there is no value).</param>
/// <param name="Slope">dP/dv at the value by a central difference on the same draws (null when no crossing was solved).</param>
/// <param name="Replicates">The values found with other seeds (empty unless asked for).</param>
/// <param name="Evaluations">Simulations (or re-weightings) run for the main search.</param>
/// <param name="Message">One sentence on the answer, e.g. why the level is out of reach.</param>
public sealed record GoalSeekResult(
    string Lever,
    double Required,
    double Lower,
    double Upper,
    Estimate AtLower,
    Estimate AtUpper,
    double? Baseline,
    Estimate? AtBaseline,
    IReadOnlyList<CurvePoint> Curve,
    int Crossings,
    bool Reachable,
    bool AlreadyMet,
    double? Value,
    double? ValueError,
    Estimate? AtValue,
    double? Slope,
    IReadOnlyList<double> Replicates,
    int Evaluations,
    string Message)
{
    /// <summary>The standard deviation of the replicate values over √R, or null with fewer than two replicates.</summary>
    public double? ReplicateError => Replicates.Count < 2 ? null
        : Math.Sqrt(Replicates.Sum(v => (v - Replicates.Average()) * (v - Replicates.Average())) / (Replicates.Count - 1) / Replicates.Count);
}

/// <summary>P(hit) at one value of a lever.</summary>
/// <param name="Value">The lever's value.</param>
/// <param name="Probability">P(total &gt;= target) there.</param>
public sealed record CurvePoint(double Value, Estimate Probability);
