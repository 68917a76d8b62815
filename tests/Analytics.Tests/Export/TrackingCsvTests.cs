using Analytics.Export;
using Analytics.Loading;
using Analytics.TestSupport;

namespace Analytics.Tests.Export;

public class TrackingCsvTests
{
    [Fact]
    public void WriteActuals_ReadBack_TheSameRows()
    {
        var a = YearRecords.ShippedActuals;
        var back = ActualsCsv.Read(CsvTable.Parse(Write(s => TrackingCsv.WriteActuals(s, a)), "x.csv", ActualsCsv.Schema), a.Plan);
        Assert.Equal(a.Rows.Select(r => (r.Month, r.Line, r.Industry, r.Region, r.Amount)), back.Rows.Select(r => (r.Month, r.Line, r.Industry, r.Region, r.Amount)));
    }

    [Fact]
    public void WritePipeline_ReadBack_TheSameFacts()
    {
        var p = YearRecords.Pipeline("kind,month,industry,tier,line,component,leads,wins,due,renewed,outcome\nleads_wins,2026-02,3c,,,3cPartners,20,3,,,\nrenewals,2026-03,,A,,,,,5,4,\nbenchmark,2026-05,,,new_product,,,,,,lost\n");
        var text = Write(s => TrackingCsv.WritePipeline(s, p));
        Assert.Equal("kind,month,industry,tier,line,component,leads,wins,due,renewed,outcome\nleads_wins,2026-02,3c,,,3cPartners,20,3,,,\nrenewals,2026-03,,A,,,,,5,4,\nbenchmark,2026-05,,,new_product,,,,,,lost\n", text);
        var back = PipelineCsv.Read(CsvTable.Parse(text, "p.csv", PipelineCsv.Schema), Shipped.Plan);
        Assert.Equal(p.Leads.Single().Wins, back.Leads.Single().Wins);
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
