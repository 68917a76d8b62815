using System.Globalization;
using Analytics.Common;

namespace Analytics.Audit;

/// <summary>How the share fixes say which row changes and which way: "Lower nc_3c_prd's share from 0.6 to 0.55."</summary>
internal static class ShareFixes
{
    /// <summary>A fix that changes one row's share from <paramref name="from"/> to <paramref name="to"/> by <paramref name="edits"/>; <paramref name="also"/> says what else changes with it (", and its monthly target to 450").</summary>
    public static AuditFix Single(string row, decimal from, decimal to, IReadOnlyList<PlanCellEdit> edits, BilingualText? also = null)
    {
        var lower = to < from;
        return new AuditFix(
            new BilingualText(
                $"把 {row} 的份額從 {Share(from)} {(lower ? "降" : "提高")}到 {Share(to)}{also?.Zh}。",
                $"{(lower ? "Lower" : "Raise")} {row}'s share from {Share(from)} to {Share(to)}{also?.En}."),
            edits);
    }

    /// <summary>"rp_south 0.3 → 0.29, rp_east 0.2 → 0.19" for the rows whose share changes.</summary>
    public static string Changes(IEnumerable<string> rows, IReadOnlyList<decimal> from, IReadOnlyList<decimal> to)
        => string.Join(", ", rows.Select((r, i) => (r, i)).Where(x => from[x.i] != to[x.i]).Select(x => $"{x.r} {Share(from[x.i])} → {Share(to[x.i])}"));

    /// <summary>A share as written in the files, its decimals kept: 0.45, 0.30.</summary>
    public static string Share(decimal share) => share.ToString(CultureInfo.InvariantCulture);
}
