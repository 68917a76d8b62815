namespace Analytics.Analyses.Tracking;

/// <summary>
/// What remains of the year's target (the company target minus what was booked, 0 once met),
/// spread over the remaining months and down the plan's tree and people by one
/// <see cref="RephaseMethod"/>. Every split adds up exactly (largest remainder in the plan's unit).
/// </summary>
/// <param name="Method">How it was spread.</param>
/// <param name="Company">The company's remaining target by month.</param>
/// <param name="Lines">Each line's.</param>
/// <param name="Nodes">Each target below the lines, depth first.</param>
/// <param name="People">Each person credited with targets of the tree: the sum over them (counted once), as the decomposition credits them. People credited only with channel partners (not targets of the tree, not recorded by actuals) are left out, with a note.</param>
/// <param name="LineShares">Each line's share of what remains before rounding (in the order of <paramref name="Lines"/>; the plan's shares for <see cref="RephaseMethod.PlanProportions"/>).</param>
/// <param name="Notes">Where the method could not apply as stated and what was done instead (e.g. a level the actuals do not record kept the plan's proportions).</param>
public sealed record RephasedPlan(RephaseMethod Method, RephasedTarget Company, IReadOnlyList<RephasedTarget> Lines, IReadOnlyList<RephasedTarget> Nodes, IReadOnlyList<RephasedTarget> People, IReadOnlyList<double> LineShares, IReadOnlyList<string> Notes)
{
    /// <summary>What remains of the target, 萬元.</summary>
    public decimal Remaining => Company.Remaining;

    /// <summary>The line with id <paramref name="id"/>.</summary>
    public RephasedTarget Line(string id) => Lines.FirstOrDefault(l => l.Id == id) ?? throw new KeyNotFoundException($"No line \"{id}\"; lines are {string.Join(", ", Lines.Select(l => l.Id))}.");
}
