using Analytics.Charts;
using Analytics.Report.Tests.TestSupport;
using Analytics.Report.Workbook;

namespace Analytics.Report.Tests.Workbook;

public sealed class ResultsWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("results-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "results.xlsx");

    private XlsxContent Written(ReportContent content, ChartLanguage language = ChartLanguage.Chinese)
    {
        ResultsWorkbook.Write(Out, content, language, []);
        return XlsxContent.Read(Out);
    }

    [Fact]
    public void Write_PlanOnly_TheFivePlanSheetsInChinese()
    {
        var book = Written(SectionContents.PlanOnly);
        Assert.Equal(["業務線分解", "行業與地區", "目標樹", "個人月度目標", "審核結果"], book.SheetNames);
        Assert.Equal(["代號", "業務類型", "目標（萬元）", "占公司目標"], book.Header("業務線分解"));
        Assert.Equal(["代號", "姓名", "角色", "全年目標（萬元）", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"], book.Header("個人月度目標"));
        Assert.All(book.SheetNames, s => Assert.True(book.Frozen(s)));
    }

    [Fact]
    public void Write_English_SheetNamesHeadersAndPlanNamesInEnglish()
    {
        var book = Written(SectionContents.PlanOnly, ChartLanguage.English);
        Assert.Equal(["By line", "By industry and region", "Target tree", "Personal targets by month", "Audit findings"], book.SheetNames);
        Assert.Equal(["Id", "Name", "Role", "Year target (10k CNY)", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], book.Header("Personal targets by month"));
        var director = book.Rows("Personal targets by month")[1];
        Assert.Equal(["director", "Sales director", "Sales director"], director.Take(3).Select(c => c.Text));
        Assert.DoesNotContain(book.AllCells(), c => c.IsString && c.Text.Any(ch => ch is >= '\u4E00' and <= '\u9FFF'));
    }

    [Fact]
    public void Write_PersonalTargets_RowsAddUpToEachTargetAndTheTotalRowToTheColumns()
    {
        var decomposition = SectionContents.PlanOnly.Decomposition;
        var rows = Written(SectionContents.PlanOnly).Rows("個人月度目標");
        var people = rows.Skip(1).Take(rows.Count - 2).ToArray();
        Assert.Equal(decomposition.People.Select(p => p.Person.Id), people.Select(r => r[0].Text));
        foreach (var row in people)
        {
            var target = decomposition.People.Single(p => p.Person.Id == row[0].Text).Total;
            Assert.Equal(target, row[3].Number);
            Assert.Equal(target, row.Skip(4).Sum(c => c.Number));
            Assert.All(row.Skip(3), c => Assert.Equal("#,##0.00", c.NumberFormat));
        }

        var total = rows[^1];
        Assert.Equal("合計", total[1].Text);
        Assert.Equal(decomposition.PersonalTotal, total[3].Number);
        for (var m = 4; m < 16; m++)
        {
            Assert.Equal(people.Sum(r => r[m].Number), total[m].Number);
        }

        Assert.Equal(total[3].Number, total.Skip(4).Sum(c => c.Number));
        // The director carries the company target, month by month as the plan phases it.
        Assert.Equal(decomposition.Year.Months, people[0].Skip(4).Select(c => c.Number));
    }

    [Fact]
    public void Write_Decomposition_LinesAndIndustryRegionAddUpToTheCompanyTarget()
    {
        var root = SectionContents.PlanOnly.Decomposition.Root;
        var book = Written(SectionContents.PlanOnly);
        var lines = book.Rows("業務線分解");
        Assert.Equal(root.Children.Count + 2, lines.Count);
        Assert.Equal(root.Children.Select(l => l.Amount), lines.Skip(1).Take(root.Children.Count).Select(r => r[2].Number));
        Assert.Equal((root.Amount, 1m, "0.0%"), (lines[^1][2].Number, lines[^1][3].Number, lines[^1][3].NumberFormat));

        var matrix = book.Rows("行業與地區");
        var total = matrix[^1];
        Assert.Equal(root.Amount, total[^1].Number);
        for (var c = 2; c < total.Count; c++)
        {
            Assert.Equal(total[c].Number, matrix.Skip(1).Take(matrix.Count - 2).Sum(r => r[c].Number));
        }

        Assert.All(matrix.Skip(1).Take(matrix.Count - 2), r => Assert.Equal(r[^1].Number, r.Skip(2).Take(r.Count - 3).Sum(c => c.Number)));
        Assert.Equal(root.Descendants().Count(), book.Rows("目標樹").Count - 1);
    }

    [Fact]
    public void Write_Audit_OneRowPerFindingWithLocation()
    {
        var audit = SectionContents.PlanOnly.Audit;
        var rows = Written(SectionContents.PlanOnly).Rows("審核結果");
        Assert.Equal(audit.Findings.Count, rows.Count - 1);
        Assert.Equal(["錯誤", "phasing-quarter", "phasing.csv:5"], rows[1].Take(3).Select(c => c.Text));
        Assert.Equal(audit.Findings[0].MessageIn(Analytics.Common.Language.Chinese), rows[1][3].Text);
    }

    [Fact]
    public void Write_WithEveryResult_SimulationSheetsFollow()
    {
        var content = Samples.WithEveryResult();
        var book = Written(content);
        Assert.Equal(["業務線分解", "行業與地區", "目標樹", "個人月度目標", "審核結果", "模擬摘要", "各線風險", "占比", "龍捲風圖"], book.SheetNames);
        var summary = book.Rows("模擬摘要");
        Assert.Equal(("達標機率", 0.623m, "0.0%"), (summary[6][0].Text, summary[6][1].Number, summary[6][1].NumberFormat));
        Assert.Equal((100_000m, "#,##0"), (summary[3][1].Number, summary[3][1].NumberFormat));
        Assert.Equal(content.SplitFigures!.Grid.Count + 3, book.Rows("占比").Count - 1);
        Assert.Equal(content.Drivers!.Tornado.Count, book.Rows("龍捲風圖").Count - 1);
        Assert.DoesNotContain(book.AllCells(), c => c.HasFormula);
    }

    [Fact]
    public void Write_ExistingForeignFile_NeverReplaced_OwnWorkbookReplaced()
    {
        File.WriteAllText(Out, "my own notes");
        var e = Assert.Throws<IOException>(() => ResultsWorkbook.Write(Out, SectionContents.PlanOnly, ChartLanguage.Chinese, []));
        Assert.Contains("the file exists and was not written by analytics; refusing to overwrite it", e.Message, StringComparison.Ordinal);
        Assert.Equal("my own notes", File.ReadAllText(Out));

        File.Delete(Out);
        ResultsWorkbook.Write(Out, SectionContents.PlanOnly, ChartLanguage.Chinese, []);
        Assert.Equal(XlsxWriter.Generator, XlsxContent.Read(Out).Application);
        ResultsWorkbook.Write(Out, SectionContents.PlanOnly, ChartLanguage.English, []);
        Assert.Equal("By line", XlsxContent.Read(Out).SheetNames[0]);
    }

    [Fact]
    public void Write_OverAnInput_Refused()
    {
        File.WriteAllText(Out, "x");
        Assert.Throws<IOException>(() => ResultsWorkbook.Write(Out, SectionContents.PlanOnly, ChartLanguage.Chinese, [Out]));
        Assert.Equal("x", File.ReadAllText(Out));
    }
}
