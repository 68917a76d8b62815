using Analytics.Common;
using Analytics.Loading;
using Analytics.Planning;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Loading;

public class PipelineCsvTests
{
    private const string Header = "kind,month,industry,tier,line,component,leads,wins,due,renewed,outcome\n";

    [Fact]
    public void Load_ShippedSample_LeadsRenewalsNoBenchmarkYet()
    {
        var p = PipelineCsv.Load(RepoPaths.Data("plc-2026", TrackingFiles.Pipeline), Plans.Shipped);
        Assert.Equal(36, p.Leads.Count);
        Assert.Equal(18, p.Renewals.Count);
        Assert.Equal(6, p.LastMonth);
        Assert.All(p.Leads, l => Assert.InRange(l.Wins, 0, l.Leads));
    }

    [Fact]
    public void Read_EachKind_ReadIntoItsRecord()
    {
        var p = YearRecords.Pipeline(Header
            + "leads_wins,2026-02,3c,,,3cPartners,20,3,,,\n"
            + "renewals,2026-03,,A,,,,,5,4,\n"
            + "benchmark,2026-05,,,new_product,,,,,,won\n"
            + "benchmark,2026-06,,,new_product,,,,,,lost\n");
        var l = Assert.Single(p.Leads);
        Assert.Equal(("3c", "3cPartners", 20, 3, 2), (l.Industry, l.ComponentName, l.Leads, l.Wins, l.Month));
        var r = Assert.Single(p.Renewals);
        Assert.Equal((CustomerTier.A, "tierA", 5, 4), (r.Tier, r.ComponentName, r.Due, r.Renewed));
        Assert.Equal([true, false], p.Benchmarks.Select(b => b.Won));
        Assert.Equal(6, p.LastMonth);
    }

    [Fact]
    public void Read_HeaderOnly_NoFacts()
        => Assert.True(YearRecords.Pipeline(Header).IsEmpty);

    [Theory]
    [InlineData("leads_wins,2026-01,3c,,,,10,11,,,\n", "column 8 (wins): 11 is out of range")]
    [InlineData("renewals,2026-01,,D,,,,,5,4,\n", "column 4 (tier): \"D\" is not one of the allowed values")]
    [InlineData("benchmark,2026-01,,,new_product,,,,,,maybe\n", "column 11 (outcome): \"maybe\" is not one of the allowed values")]
    [InlineData("leads_wins,2026-01,3c,A,,,10,1,,,\n", "column 4 (tier): a leads_wins row has \"A\" in tier, a column of renewals rows")]
    [InlineData("forecast,2026-01,3c,,,,10,1,,,\n", "column 1 (kind): \"forecast\" is not one of the allowed values")]
    [InlineData("leads_wins,2027-01,3c,,,,10,1,,,\n", "column month: 2027-01 is not in the plan year 2026")]
    [InlineData("leads_wins,2026-01,toys,,,,10,1,,,\n", "column industry: \"toys\" is not an industry of the plan")]
    [InlineData("benchmark,2026-01,,,new_products,,,,,,won\n", "column line: \"new_products\" is not a business line of the plan")]
    public void Read_BadRow_NamesLineTwoAndTheColumn(string row, string fragment)
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Pipeline(Header + row));
        Assert.Equal((TrackingFiles.Pipeline, 2), (e.File, e.Line));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameMonthAndFunnelTwice_Rejected()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Pipeline(Header + "leads_wins,2026-01,3c,,,,10,1,,,\nleads_wins,2026-01,3c,,,,4,0,,,\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("appear twice (first on line 2)", e.Message, StringComparison.Ordinal);
    }
}
