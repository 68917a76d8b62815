namespace Analytics.Analyses.Tracking;

/// <summary>
/// The year so far against the plan, exact to the 萬: the company, each line, each industry and
/// region target below the lines and each person, through the last month observed; each complete
/// quarter against its target and the plan's re-plan rule; and the monthly paths for charts.
/// </summary>
/// <param name="Year">The plan year.</param>
/// <param name="MonthsObserved">M: January to M observed.</param>
/// <param name="Company">The company target.</param>
/// <param name="Lines">The business lines, in the plan's order.</param>
/// <param name="Nodes">The targets below the lines, depth first in the plan's order.</param>
/// <param name="People">Each person, in people.csv order.</param>
/// <param name="Quarters">Each complete quarter observed (none before March).</param>
/// <param name="Rule">The plan's quarterly re-plan rule, or null when it states none.</param>
/// <param name="CumulativeTarget">The company's cumulative target at each month's end, 12 values, 萬元.</param>
/// <param name="CumulativeActual">The company's cumulative sales at the end of each month observed, M values, 萬元.</param>
public sealed record YearToDate(
    int Year,
    int MonthsObserved,
    TargetProgress Company,
    IReadOnlyList<TargetProgress> Lines,
    IReadOnlyList<TargetProgress> Nodes,
    IReadOnlyList<TargetProgress> People,
    IReadOnlyList<QuarterProgress> Quarters,
    QuarterlyReplanRule? Rule,
    IReadOnlyList<decimal> CumulativeTarget,
    IReadOnlyList<decimal> CumulativeActual)
{
    /// <summary>The complete quarters in which the rule fired.</summary>
    public IReadOnlyList<QuarterProgress> Firings => [.. Quarters.Where(q => q.Fired == true)];

    /// <summary>Whether the rule fired in any complete quarter observed.</summary>
    public bool RuleFired => Firings.Count > 0;

    /// <summary>The line with id <paramref name="id"/>.</summary>
    public TargetProgress Line(string id) => Lines.FirstOrDefault(l => l.Id == id) ?? throw new KeyNotFoundException($"No line \"{id}\" in the comparison; lines are {string.Join(", ", Lines.Select(l => l.Id))}.");
}
