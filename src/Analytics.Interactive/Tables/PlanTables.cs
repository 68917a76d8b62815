using Analytics.Audit;
using Analytics.Common;
using Analytics.Decomposition;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>
/// The library's results as <see cref="DataFrame"/>s, for a strategy team that wants to filter,
/// sort or export them in a notebook. Built column by column from the typed records (never by
/// parsing CSV, which guesses types badly); money stays <see cref="decimal"/> in 萬元.
/// </summary>
public static class PlanTables
{
    /// <summary>Every target: id, parent, level, industry, region, names, stated amount and share, allocated amount, source.</summary>
    public static DataFrame Targets(PlanDecomposition decomposition)
    {
        Preconditions.NotNull(decomposition);
        var rows = decomposition.Root.Descendants().ToArray();
        return new DataFrame(
            Text("id", rows.Select(t => t.Node.Id)),
            Text("parent", rows.Select(t => t.Node.ParentId)),
            Text("level", rows.Select(t => t.Node.Level.ToString().ToLowerInvariant())),
            Text("industry", rows.Select(t => t.Node.IndustryId)),
            Text("region", rows.Select(t => t.Node.RegionId)),
            Text("name_zh", rows.Select(t => t.Node.NameZh)),
            Text("name_en", rows.Select(t => t.Node.NameEn)),
            new DecimalDataFrameColumn("stated_amount", rows.Select(t => t.Node.Amount)),
            new DecimalDataFrameColumn("stated_share", rows.Select(t => t.Node.Share)),
            new DecimalDataFrameColumn("allocated", rows.Select(t => (decimal?)t.Amount)),
            Text("source", rows.Select(t => t.Node.SourceNote)));
    }

    /// <summary>The twelve months: month, quarter, target phased by the shares, and the monthly figure the plan states.</summary>
    public static DataFrame Months(PlanDecomposition decomposition)
    {
        Preconditions.NotNull(decomposition);
        var phasing = decomposition.Plan.Phasing;
        var months = Enumerable.Range(1, decomposition.Year.Months.Count).ToArray();
        return new DataFrame(
            new Int32DataFrameColumn("month", months),
            Text("quarter", months.Select(m => phasing[CalendarQuarters.QuarterOf(m) - 1].Label)),
            new DecimalDataFrameColumn("phased", decomposition.Year.Months.Select(m => (decimal?)m)),
            new DecimalDataFrameColumn("stated", months.Select(m => phasing[CalendarQuarters.QuarterOf(m) - 1].MonthlyAmount)));
    }

    /// <summary>Each person: id, names, role, personal target, owner part, and the four quarters.</summary>
    public static DataFrame People(PlanDecomposition decomposition)
    {
        Preconditions.NotNull(decomposition);
        var people = decomposition.People;
        var columns = new List<DataFrameColumn>
        {
            Text("id", people.Select(p => p.Person.Id)),
            Text("name_zh", people.Select(p => p.Person.NameZh)),
            Text("name_en", people.Select(p => p.Person.NameEn)),
            Text("role", people.Select(p => p.Person.Role.NameZh)),
            new DecimalDataFrameColumn("total", people.Select(p => (decimal?)p.Total)),
            new DecimalDataFrameColumn("owner", people.Select(p => (decimal?)p.OwnerTotal)),
        };
        for (var q = 0; q < 4; q++)
        {
            var quarter = q;
            columns.Add(new DecimalDataFrameColumn("q" + (q + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), people.Select(p => (decimal?)p.Phased.Quarters[quarter])));
        }

        return new DataFrame(columns);
    }

    /// <summary>The audit's findings: severity, rule, location, message, and the fixes joined by " | ".</summary>
    public static DataFrame Findings(AuditReport report)
    {
        Preconditions.NotNull(report);
        var findings = report.Findings;
        return new DataFrame(
            Text("severity", findings.Select(f => f.Severity.ToString().ToLowerInvariant())),
            Text("rule", findings.Select(f => f.Rule)),
            Text("location", findings.Select(f => f.Location.ToString())),
            Text("message", findings.Select(f => f.Message)),
            Text("fixes", findings.Select(f => string.Join(" | ", f.Fixes))));
    }

    /// <summary>
    /// A finding's fixes, one row each: the fix as text and the cell edits that carry it out
    /// (file, row, column = value, joined by "; "), blank for advice the owner carries out.
    /// </summary>
    public static DataFrame Fixes(AuditFinding finding)
    {
        Preconditions.NotNull(finding);
        return new DataFrame(
            Text("fix", finding.Remedies.Select(r => r.Text)),
            Text("edits", finding.Remedies.Select(r => string.Join("; ", r.Edits))));
    }

    /// <summary>The industry x region table: business type, industry, one column per region (null where no target), total.</summary>
    public static DataFrame IndustryRegion(RegionMatrix matrix)
    {
        Preconditions.NotNull(matrix);
        var columns = new List<DataFrameColumn>
        {
            Text("line", matrix.Rows.Select(r => r.LineId)),
            Text("industry", matrix.Rows.Select(r => r.IndustryId)),
        };
        columns.AddRange(matrix.Regions.Select(region => new DecimalDataFrameColumn(region, matrix.Rows.Select(r => r.ByRegion.TryGetValue(region, out var v) ? v : (decimal?)null))));
        columns.Add(new DecimalDataFrameColumn("total", matrix.Rows.Select(r => (decimal?)r.Total)));
        return new DataFrame(columns);
    }

    private static StringDataFrameColumn Text(string name, IEnumerable<string?> values) => new(name, values);
}
