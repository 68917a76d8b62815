using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>One row of the industry x region table: a business type's industry (or the whole type when it is split by region directly).</summary>
/// <param name="LineId">The business type's target id.</param>
/// <param name="LineName">The business type's Chinese name.</param>
/// <param name="IndustryId">The industry, or null when the type is split by region directly (e.g. repurchase).</param>
/// <param name="IndustryName">The industry's Chinese name, or null.</param>
/// <param name="ByRegion">Amount per region id, 萬元 (regions without target absent).</param>
/// <param name="Total">The row's total, 萬元.</param>
public sealed record RegionMatrixRow(string LineId, string LineName, string? IndustryId, string? IndustryName, IReadOnlyDictionary<string, decimal> ByRegion, decimal Total);

/// <summary>
/// The decomposition's leaves arranged by business type and industry (rows) and region (columns),
/// with exact row and column totals: every cell is an allocated leaf, so nothing is re-rounded.
/// </summary>
/// <param name="Regions">The column order: the plan's regions, then <see cref="Unassigned"/> if any leaf has no region.</param>
/// <param name="Rows">Rows in target-file order.</param>
/// <param name="ColumnTotals">Amount per region across rows, 萬元.</param>
/// <param name="Total">The grand total (the company target), 萬元.</param>
public sealed record RegionMatrix(IReadOnlyList<string> Regions, IReadOnlyList<RegionMatrixRow> Rows, IReadOnlyDictionary<string, decimal> ColumnTotals, decimal Total)
{
    /// <summary>The column for leaves without a region.</summary>
    public const string Unassigned = "(none)";

    /// <summary>Builds the table from a decomposition.</summary>
    public static RegionMatrix From(PlanDecomposition decomposition)
    {
        Preconditions.NotNull(decomposition);
        var plan = decomposition.Plan;
        var rows = new List<RegionMatrixRow>();
        foreach (var line in decomposition.Root.Children)
        {
            var groups = line.Descendants().Where(t => t.IsLeaf)
                .GroupBy(t => t.Node.Level == TargetLevel.Line ? null : t.Node.IndustryId)
                .ToArray();
            foreach (var g in groups)
            {
                var byRegion = g.GroupBy(t => t.Node.RegionId ?? Unassigned, StringComparer.Ordinal)
                    .ToDictionary(r => r.Key, r => r.Sum(t => t.Amount), StringComparer.Ordinal);
                rows.Add(new RegionMatrixRow(line.Node.Id, line.Node.NameZh, g.Key, plan.FindIndustry(g.Key)?.NameZh, byRegion, byRegion.Values.Sum()));
            }
        }

        var columns = plan.Regions.Select(r => r.Id).ToList();
        if (rows.Any(r => r.ByRegion.ContainsKey(Unassigned)))
        {
            columns.Add(Unassigned);
        }

        var totals = columns.ToDictionary(c => c, c => rows.Sum(r => r.ByRegion.TryGetValue(c, out var v) ? v : 0m), StringComparer.Ordinal);
        return new RegionMatrix(columns, rows, totals, rows.Sum(r => r.Total));
    }
}
