using Analytics.Scenarios.Sections;
using Analytics.Statistics;

namespace Analytics.Analyses.Budget;

/// <summary>
/// One budget line and the revenue that comes through what it buys, per trial: its mean, P10 and
/// P90, and the same per 萬元 spent. Sourcing, not causation: the revenue the line's leads,
/// partners or referrals brought, not the revenue the money added.
/// </summary>
/// <param name="Id">The line's id.</param>
/// <param name="Amount">What it spends, 萬元.</param>
/// <param name="Buys">What it buys (empty: nothing attributable).</param>
/// <param name="Note">The scenario's note on the line, or null.</param>
/// <param name="Revenue">E[attributed revenue] (萬元), or null when nothing is attributable.</param>
/// <param name="RevenueP10">Its P10, or null.</param>
/// <param name="RevenueP90">Its P90, or null.</param>
/// <param name="PerUnit">E[attributed revenue per 萬元 spent], or null.</param>
/// <param name="PerUnitP10">Its P10, or null.</param>
/// <param name="PerUnitP90">Its P90, or null.</param>
public sealed record BudgetLineResult(
    string Id,
    double Amount,
    IReadOnlyList<BudgetAttribution> Buys,
    string? Note,
    Estimate? Revenue,
    double? RevenueP10,
    double? RevenueP90,
    Estimate? PerUnit,
    double? PerUnitP10,
    double? PerUnitP90);
