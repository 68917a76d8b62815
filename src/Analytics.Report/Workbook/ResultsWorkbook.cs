using Analytics.Charts;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Export;
using Analytics.Planning;

namespace Analytics.Report.Workbook;

/// <summary>
/// The results workbook of a plan: the owner's report's content (<see cref="OwnerReport.Build"/>) as sheets, nothing
/// recomputed. Always the decomposition by business line, by industry and region, the target tree, each person's
/// targets by month (the decomposition's exact allocation: a row adds up to the person's target, the total row to
/// the column sums) and the audit's findings; after a simulation also its summary, each line's risk, the split table
/// and the tornado. Amounts are in 萬元 with two decimals, probabilities as percentages; sheet names and headers in
/// one language, names from the plan in that language.
/// </summary>
public static class ResultsWorkbook
{
    /// <summary>The sheets of <paramref name="content"/> in <paramref name="language"/>, in tab order.</summary>
    public static IReadOnlyList<WorkbookSheet> Sheets(ReportContent content, ChartLanguage language = ChartLanguage.Chinese)
    {
        Preconditions.NotNull(content);
        var o = new ChartOptions(language, AmountUnit.WanYuan);
        var sheets = new List<WorkbookSheet>
        {
            Lines(content, o),
            IndustryRegion(content, o),
            Tree(content, o),
            PeopleByMonth(content, o),
            Audit(content, o),
        };
        sheets.AddRange(ResultsWorkbookSimulation.Sheets(content, o));
        return sheets;
    }

    /// <summary>
    /// Writes the workbook of <paramref name="content"/> to <paramref name="path"/> through <see cref="SafeFile"/>
    /// (never over an input, atomically). An existing file is replaced only if <see cref="XlsxWriter"/> wrote it.
    /// </summary>
    /// <returns>The sheets written.</returns>
    /// <exception cref="IOException">The file may not be written, with the reason.</exception>
    public static IReadOnlyList<WorkbookSheet> Write(string path, ReportContent content, ChartLanguage language, IEnumerable<string> inputs)
    {
        var files = Preconditions.NotNull(inputs).ToArray();
        CheckWritable(path, files);
        var sheets = Sheets(content, language);
        SafeFile.Write(path, stream => XlsxWriter.Write(stream, sheets), files, overwrite: true, Mark);
        return sheets;
    }

    /// <summary>
    /// Fails now if the workbook could not be written to <paramref name="path"/> later: an input, a folder, a missing
    /// folder, or an existing file this toolkit did not write (a user's file is never replaced).
    /// </summary>
    /// <exception cref="IOException">The file may not be written, with the reason.</exception>
    public static void CheckWritable(string path, IEnumerable<string> inputs) => SafeFile.CheckWritable(path, inputs, overwrite: true, Mark);

    // The workbook carries its own mark (its properties name the generator), so no provenance record is kept beside it.
    private static readonly OutputMark Mark = new("analytics", "--out", XlsxWriter.IsWrittenByToolkit);

    private static string Name(ChartOptions o, string zh, string en) => o.Text(zh, en);

    private static string Unit(ChartOptions o, string zh, string en) => o.Text($"{zh}（萬元）", $"{en} (10k CNY)");

    private static WorkbookSheet Lines(ReportContent content, ChartOptions o)
    {
        var root = content.Decomposition.Root;
        var rows = root.Children.Select(l => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(l.Node.Id),
            WorkbookCell.Of(o.IsChinese ? l.Node.NameZh : l.Node.NameEn),
            WorkbookCell.Amount(l.Amount),
            WorkbookCell.Percent(Share(l.Amount, root.Amount)),
        ]).ToList();
        rows.Add([WorkbookCell.Of(root.Node.Id), WorkbookCell.Of(Name(o, "合計", "Total")), WorkbookCell.Amount(root.Amount), WorkbookCell.Percent(1)]);
        return new WorkbookSheet(
            Name(o, "業務線分解", "By line"),
            [Name(o, "代號", "Id"), Name(o, "業務類型", "Business line"), Unit(o, "目標", "Target"), Name(o, "占公司目標", "Share of company")],
            rows);
    }

    private static WorkbookSheet IndustryRegion(ReportContent content, ChartOptions o)
    {
        var plan = content.Plan;
        var matrix = RegionMatrix.From(content.Decomposition);
        string RegionName(string id) => id == RegionMatrix.Unassigned
            ? Name(o, "（無地區）", "(no region)")
            : plan.FindRegion(id) is { } r ? (o.IsChinese ? r.NameZh : r.NameEn) : id;
        string LineName(RegionMatrixRow row) => o.IsChinese ? row.LineName : content.Decomposition[row.LineId].Node.NameEn;
        string IndustryName(RegionMatrixRow row) => plan.FindIndustry(row.IndustryId) is { } i ? (o.IsChinese ? i.NameZh : i.NameEn) : Name(o, "（按地區直接分配）", "(split by region directly)");

        var rows = matrix.Rows.Select(row => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(LineName(row)),
            WorkbookCell.Of(IndustryName(row)),
            .. matrix.Regions.Select(r => WorkbookCell.Amount(row.ByRegion.TryGetValue(r, out var v) ? v : 0m)),
            WorkbookCell.Amount(row.Total),
        ]).ToList();
        rows.Add(
        [
            WorkbookCell.Of(Name(o, "合計", "Total")),
            WorkbookCell.Of(string.Empty),
            .. matrix.Regions.Select(r => WorkbookCell.Amount(matrix.ColumnTotals[r])),
            WorkbookCell.Amount(matrix.Total),
        ]);
        return new WorkbookSheet(
            Name(o, "行業與地區", "By industry and region"),
            [Name(o, "業務類型", "Business line"), Name(o, "行業", "Industry"), .. matrix.Regions.Select(r => Unit(o, RegionName(r), RegionName(r))), Unit(o, "合計", "Total")],
            rows);
    }

    private static WorkbookSheet Tree(ReportContent content, ChartOptions o)
    {
        var rows = content.Decomposition.Root.Descendants().Select(t => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(t.Node.Id),
            WorkbookCell.Of(t.Node.ParentId ?? string.Empty),
            WorkbookCell.Of(Level(o, t.Node.Level)),
            WorkbookCell.Of(o.IsChinese ? t.Node.NameZh : t.Node.NameEn),
            WorkbookCell.Amount(t.Amount),
            WorkbookCell.Of(ReportText.Location(t.Node.Source)),
        ]).ToList();
        return new WorkbookSheet(
            Name(o, "目標樹", "Target tree"),
            [Name(o, "代號", "Id"), Name(o, "上層", "Parent"), Name(o, "層級", "Level"), Name(o, "名稱", "Name"), Unit(o, "分配目標", "Allocated target"), Name(o, "來源", "Source")],
            rows);
    }

    private static WorkbookSheet PeopleByMonth(ReportContent content, ChartOptions o)
    {
        var people = content.Decomposition.People;
        var rows = people.Select(p => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(p.Person.Id),
            WorkbookCell.Of(o.IsChinese ? p.Person.NameZh : p.Person.NameEn),
            WorkbookCell.Of(o.Text(p.Person.Role.Name)),
            WorkbookCell.Amount(p.Total),
            .. p.Phased.Months.Select(WorkbookCell.Amount),
        ]).ToList();
        rows.Add(
        [
            WorkbookCell.Of(string.Empty),
            WorkbookCell.Of(Name(o, "合計", "Total")),
            WorkbookCell.Of(string.Empty),
            WorkbookCell.Amount(people.Sum(p => p.Total)),
            .. Enumerable.Range(0, 12).Select(m => WorkbookCell.Amount(people.Sum(p => p.Phased.Months[m]))),
        ]);
        return new WorkbookSheet(
            Name(o, "個人月度目標", "Personal targets by month"),
            [
                Name(o, "代號", "Id"), Name(o, "姓名", "Name"), Name(o, "角色", "Role"), Unit(o, "全年目標", "Year target"),
                .. Enumerable.Range(1, 12).Select(m => o.Text($"{m}月", System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m))),
            ],
            rows);
    }

    private static WorkbookSheet Audit(ReportContent content, ChartOptions o)
    {
        var rows = content.Audit.Findings.Select(f => (IReadOnlyList<WorkbookCell>)
        [
            WorkbookCell.Of(ReportText.Severity(o, f.Severity)),
            WorkbookCell.Of(f.Rule),
            WorkbookCell.Of(ReportText.Location(f.Location)),
            WorkbookCell.Of(o.Text(f.Text)),
            WorkbookCell.Of(string.Join(" | ", f.Remedies.Select(r => o.Text(r.Texts)))),
        ]).ToList();
        return new WorkbookSheet(
            Name(o, "審核結果", "Audit findings"),
            [Name(o, "嚴重程度", "Severity"), Name(o, "規則", "Rule"), Name(o, "位置", "Where"), Name(o, "結果", "Finding"), Name(o, "建議修正", "Fixes")],
            rows);
    }

    private static double Share(decimal part, decimal whole) => whole == 0 ? 0 : (double)(part / whole);

    private static string Level(ChartOptions o, TargetLevel level) => level switch
    {
        TargetLevel.Company => o.Text("公司", "Company"),
        TargetLevel.Line => o.Text("業務類型", "Business line"),
        TargetLevel.Industry => o.Text("行業", "Industry"),
        _ => o.Text("地區", "Region"),
    };
}
