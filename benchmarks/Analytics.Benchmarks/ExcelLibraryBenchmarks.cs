using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace Analytics.Benchmarks;

/// <summary>
/// The Excel library choice (issue 17, item 3): write and read a 100,000-row customers sheet (the
/// columns of customers.csv: id, name, tier, industry, region, install year, renewal cycle, renewal
/// order) with MiniExcel 1.47.1 and with DocumentFormat.OpenXml 3.3.0 (its streaming SAX writer and
/// reader), in memory so the disk is not measured. Both readers read the same workbook (the one
/// MiniExcel writes, with shared strings as Excel writes them) into typed rows and sum the orders,
/// so each reads every cell. Runs in-process (1 warm-up, 3 iterations, memory diagnoser): on the loaded shared
/// machine BenchmarkDotNet's build of a separate benchmark project timed out (its 2-minute limit).
/// </summary>
[Config(typeof(InProcessShortConfig))]
public class ExcelLibraryBenchmarks
{
    private const int Rows = 100_000;
    private static readonly string[] Header = ["id", "name_zh", "tier", "industry_id", "region_id", "install_year", "renewal_cycle_years", "renewal_order"];

    private CustomerRow[] _rows = [];
    private byte[] _workbook = [];

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic rows (no randomness): varied enough that strings are not all shared.
        _rows = [.. Enumerable.Range(0, Rows).Select(i => new CustomerRow
        {
            Id = "C" + i.ToString("D6", CultureInfo.InvariantCulture),
            NameZh = "客户" + (i * 7919 % 100_003).ToString(CultureInfo.InvariantCulture) + "有限公司",
            Tier = "ABC"[i % 3].ToString(),
            IndustryId = "IND" + (i % 7).ToString(CultureInfo.InvariantCulture),
            RegionId = "R" + (i % 5).ToString(CultureInfo.InvariantCulture),
            InstallYear = 2015 + (i % 11),
            RenewalCycleYears = 3 + (i % 4),
            RenewalOrder = 10m + (i % 997) * 0.37m,
        })];
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, _rows, excelType: ExcelType.XLSX);
        _workbook = stream.ToArray();
    }

    [Benchmark]
    public long WriteMiniExcel()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, _rows, excelType: ExcelType.XLSX);
        return stream.Length;
    }

    [Benchmark]
    public long WriteOpenXml()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, Header.Select(h => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(h)) }));
                foreach (var r in _rows)
                {
                    WriteRow(writer,
                    [
                        Text(r.Id), Text(r.NameZh), Text(r.Tier), Text(r.IndustryId), Text(r.RegionId),
                        Number(r.InstallYear), Number(r.RenewalCycleYears), Number(r.RenewalOrder),
                    ]);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "customers" }));
        }

        return stream.Length;
    }

    [Benchmark]
    public decimal ReadMiniExcel()
    {
        using var stream = new MemoryStream(_workbook, writable: false);
        var sum = 0m;
        foreach (var row in stream.Query<CustomerRow>(excelType: ExcelType.XLSX))
        {
            sum += row.RenewalOrder + row.InstallYear;
        }

        return sum;
    }

    [Benchmark]
    public decimal ReadOpenXml()
    {
        using var stream = new MemoryStream(_workbook, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var sum = 0m;
        var values = new string[Header.Length];
        using var reader = OpenXmlReader.Create(part);
        var header = true;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var text = cell.CellValue?.Text ?? cell.InnerText;
                values[column++] = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(text, CultureInfo.InvariantCulture)] : text;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var customer = new CustomerRow
            {
                Id = values[0], NameZh = values[1], Tier = values[2], IndustryId = values[3], RegionId = values[4],
                InstallYear = int.Parse(values[5], CultureInfo.InvariantCulture),
                RenewalCycleYears = int.Parse(values[6], CultureInfo.InvariantCulture),
                RenewalOrder = decimal.Parse(values[7], NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            sum += customer.RenewalOrder + customer.InstallYear;
        }

        return sum;
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<Cell> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

    private static Cell Number(decimal value) => new() { CellValue = new CellValue(value) };

    /// <summary>An in-process job: no separate build; few iterations, with allocations.</summary>
    public sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }

    /// <summary>One customers.csv row, as both libraries map it.</summary>
    public sealed class CustomerRow
    {
        public string Id { get; set; } = "";
        public string NameZh { get; set; } = "";
        public string Tier { get; set; } = "";
        public string IndustryId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public int InstallYear { get; set; }
        public int RenewalCycleYears { get; set; }
        public decimal RenewalOrder { get; set; }
    }
}
