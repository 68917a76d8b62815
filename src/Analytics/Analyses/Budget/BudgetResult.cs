using Analytics.Simulation.Results;

namespace Analytics.Analyses.Budget;

/// <summary>The marketing budget's lines and the revenue each brings, per 萬元.</summary>
/// <param name="Total">The budget's total (萬元).</param>
/// <param name="Lines">One result per line, in the scenario's order.</param>
/// <param name="Notes">How to read the figures.</param>
/// <param name="Manifest">The run.</param>
public sealed record BudgetResult(double Total, IReadOnlyList<BudgetLineResult> Lines, IReadOnlyList<string> Notes, RunManifest Manifest);
