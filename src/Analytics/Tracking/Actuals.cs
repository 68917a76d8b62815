using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tracking;

/// <summary>
/// What a plan's year has booked so far (actuals.csv), checked against the plan: every row is in the
/// plan's year, names one of its business lines and, when it breaks the line down, the plan's
/// industries and regions; no row repeats another (month, line, industry, region); the rows of a
/// (month, line) share one <see cref="ActualsBreakdown"/>; and the months observed run from January to
/// the last month in the rows with a row for every line in every one of them (a month in which a
/// line sold nothing is written as 0, never left out: nothing is guessed). Within a broken-down
/// (month, line) the rows are the line's complete sales that month: an industry or region without a
/// row sold nothing there.
/// </summary>
public sealed class Actuals
{
    private readonly Dictionary<(int Month, string Line), List<MonthlyActual>> _byMonthLine;

    private Actuals(SalesPlan plan, int monthsObserved, IReadOnlyList<MonthlyActual> rows, Dictionary<(int, string), List<MonthlyActual>> byMonthLine)
    {
        Plan = plan;
        MonthsObserved = monthsObserved;
        Rows = rows;
        _byMonthLine = byMonthLine;
    }

    /// <summary>The plan the actuals were checked against.</summary>
    public SalesPlan Plan { get; }

    /// <summary>The plan's year.</summary>
    public int Year => Plan.Facts.PlanYear;

    /// <summary>M: the months observed are January to M (1-12).</summary>
    public int MonthsObserved { get; }

    /// <summary>The rows, in the order given.</summary>
    public IReadOnlyList<MonthlyActual> Rows { get; }

    /// <summary>The plan's business lines (the company target's children), in file order.</summary>
    public IReadOnlyList<TargetNode> Lines => Plan.ChildrenOf(Plan.Root);

    /// <summary>
    /// Checks <paramref name="rows"/> against <paramref name="plan"/> (see the class summary).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="rows">At least one row.</param>
    /// <param name="file">The file the rows were read from, for errors about the whole file (default: the first row's file, else "actuals").</param>
    /// <exception cref="InputException">A row or the rows together break a rule; the message names the row's file and line and the column.</exception>
    public static Actuals Create(SalesPlan plan, IReadOnlyList<MonthlyActual> rows, string? file = null)
    {
        Preconditions.NotNull(plan);
        Preconditions.NotNull(rows);
        file ??= rows.Count > 0 && rows[0].Source.File.Length > 0 ? rows[0].Source.File : TrackingFiles.Actuals;
        if (rows.Count == 0)
        {
            throw new InputException(file, 0, null, "there are no rows", "one row per month and business line from January, e.g. 2026-01,repurchase,,,120");
        }

        var lines = plan.ChildrenOf(plan.Root).Select(l => l.Id).ToArray();
        var seen = new Dictionary<(int, string, string?, string?), MonthlyActual>();
        var byMonthLine = new Dictionary<(int, string), List<MonthlyActual>>();
        foreach (var row in rows)
        {
            Preconditions.NotNull(row, nameof(rows));
            RowErrors.CheckYear(plan, row.Year, row.Month, row.Source, file);
            RowErrors.CheckLine(plan, row.Line, row.Source, file);
            RowErrors.CheckIndustry(plan, row.Industry, row.Source, file);
            if (row.Region is { } region && plan.FindRegion(region) is null)
            {
                throw RowErrors.At(row.Source, file, "region", $"\"{region}\" is not a region of the plan", "empty, or one of " + string.Join(", ", plan.Regions.Select(r => r.Id)) + " (regions.csv)");
            }

            if (!seen.TryAdd((row.Month, row.Line, row.Industry, row.Region), row))
            {
                var first = seen[(row.Month, row.Line, row.Industry, row.Region)];
                throw RowErrors.At(row.Source, file, "month", $"{CalendarMonths.Label(row.Year, row.Month)} of {Describe(row)} appears twice (first {RowErrors.Where(first.Source)})", "one row per month, line, industry and region (add the amounts up into one row)");
            }

            if (!byMonthLine.TryGetValue((row.Month, row.Line), out var group))
            {
                byMonthLine[(row.Month, row.Line)] = group = [];
            }
            else if (group[0].Breakdown != row.Breakdown)
            {
                throw RowErrors.At(row.Source, file, row.Breakdown == ActualsBreakdown.Line ? "line" : row.Industry is null ? "region" : "industry", $"{CalendarMonths.Label(row.Year, row.Month)} of {row.Line} is given {Words(row.Breakdown)} here but {Words(group[0].Breakdown)} {RowErrors.Where(group[0].Source)}", "the rows of one month and line all for the whole line, all by industry, all by region, or all by industry and region (a total beside a breakdown counts the same sales twice)");
            }

            group.Add(row);
        }

        var observed = rows.Max(r => r.Month);
        for (var m = 1; m <= observed; m++)
        {
            foreach (var line in lines)
            {
                if (!byMonthLine.ContainsKey((m, line)))
                {
                    var missing = rows.Any(r => r.Month == m) ? $"{CalendarMonths.Label(plan.Facts.PlanYear, m)} has no row for the line {line}" : $"{CalendarMonths.Label(plan.Facts.PlanYear, m)} has no rows";
                    throw new InputException(file, 0, "month", $"{missing}, but the actuals run to {CalendarMonths.Label(plan.Facts.PlanYear, observed)}: the months observed are January to the last month given, and each needs a row for every line", $"a row for every line in every month from January to {CalendarMonths.Label(plan.Facts.PlanYear, observed)}; write 0 if nothing was sold");
                }
            }
        }

        return new Actuals(plan, observed, [.. rows], byMonthLine);
    }

    /// <summary>Sales of line <paramref name="line"/> in month <paramref name="month"/> (1 to <see cref="MonthsObserved"/>), 萬元.</summary>
    public decimal Booked(string line, int month) => RowsOf(line, month).Sum(r => r.Amount);

    /// <summary>Sales of line <paramref name="line"/> from January to <paramref name="through"/> (0 to <see cref="MonthsObserved"/>), 萬元.</summary>
    public decimal BookedThrough(string line, int through)
    {
        Preconditions.InRange(through, 0, MonthsObserved);
        var sum = 0m;
        for (var m = 1; m <= through; m++)
        {
            sum += Booked(line, m);
        }

        return sum;
    }

    /// <summary>Sales of all lines in month <paramref name="month"/>, 萬元.</summary>
    public decimal Total(int month) => Lines.Sum(l => Booked(l.Id, month));

    /// <summary>Sales of all lines from January to <paramref name="through"/> (0 to <see cref="MonthsObserved"/>), 萬元.</summary>
    public decimal TotalThrough(int through) => Lines.Sum(l => BookedThrough(l.Id, through));

    /// <summary>
    /// Sales booked against target node <paramref name="node"/> from January to <paramref name="through"/>:
    /// the company's total, a line's, or (below a line) the line's rows in the node's industry and
    /// region. Null when the actuals do not record the node's dimensions in every one of those months
    /// (e.g. a region node while the line is given as one total): not recorded, never guessed.
    /// </summary>
    public decimal? BookedThrough(TargetNode node, int through)
    {
        Preconditions.NotNull(node);
        Preconditions.InRange(through, 0, MonthsObserved);
        if (node.Level == TargetLevel.Company)
        {
            return TotalThrough(through);
        }

        var line = node.Level == TargetLevel.Line ? node : Plan.AncestorsOf(node).First(a => a.Level == TargetLevel.Line);
        if (node.Level == TargetLevel.Line)
        {
            return BookedThrough(line.Id, through);
        }

        var sum = 0m;
        for (var m = 1; m <= through; m++)
        {
            var group = RowsOf(line.Id, m);
            if ((node.IndustryId is not null && group[0].Industry is null) || (node.RegionId is not null && group[0].Region is null))
            {
                return null;
            }

            sum += group.Where(r => (node.IndustryId is null || r.Industry == node.IndustryId) && (node.RegionId is null || r.Region == node.RegionId)).Sum(r => r.Amount);
        }

        return sum;
    }

    /// <summary>How line <paramref name="line"/>'s rows break its sales down in month <paramref name="month"/>.</summary>
    public ActualsBreakdown BreakdownOf(string line, int month) => RowsOf(line, month)[0].Breakdown;

    private List<MonthlyActual> RowsOf(string line, int month)
    {
        Preconditions.InRange(month, 1, MonthsObserved);
        return _byMonthLine.TryGetValue((month, Preconditions.NotBlank(line)), out var rows)
            ? rows
            : throw new ArgumentException($"line must be one of the plan's lines ({string.Join(", ", Lines.Select(l => l.Id))}); was \"{line}\".", nameof(line));
    }

    private static string Describe(MonthlyActual row)
        => row.Line + (row.Industry is null ? string.Empty : ", industry " + row.Industry) + (row.Region is null ? string.Empty : ", region " + row.Region);

    private static string Words(ActualsBreakdown breakdown) => breakdown switch
    {
        ActualsBreakdown.Line => "as one total",
        ActualsBreakdown.Industry => "by industry",
        ActualsBreakdown.Region => "by region",
        _ => "by industry and region",
    };
}
