using Analytics.Common;
using Analytics.Loading;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Loading;

public class ActualsCsvTests
{
    private const string Header = "month,line,industry,region,amount\n";
    private const string Q1 = "2026-01,repurchase,,,100\n2026-01,new_customers,,,120\n2026-01,new_product,,,0\n";

    [Fact]
    public void Load_ShippedSample_SixMonthsByLeafTarget()
    {
        var a = ActualsCsv.Load(RepoPaths.Data("plc-2026", TrackingFiles.Actuals), Plans.Shipped);
        Assert.Equal(6, a.MonthsObserved);
        Assert.Equal(90, a.Rows.Count);
        Assert.Equal(a.Rows.Sum(r => r.Amount), a.TotalThrough(6));
        Assert.Equal(ActualsBreakdown.Region, a.BreakdownOf("repurchase", 1));
        Assert.Equal(ActualsBreakdown.IndustryAndRegion, a.BreakdownOf("new_customers", 6));
    }

    [Fact]
    public void Read_OptionalColumnsLeftOut_OneTotalPerLine()
    {
        var a = YearRecords.Actuals("month,line,amount\n2026-01,repurchase,100\n2026-01,new_customers,120.5\n2026-01,new_product,0\n");
        Assert.Equal(1, a.MonthsObserved);
        Assert.Equal(220.5m, a.TotalThrough(1));
    }

    [Theory]
    [InlineData("2026-01,repair,,,5\n", 2, "column line: \"repair\" is not a business line of the plan")]
    [InlineData("2026-01,new_customers,3c,mars,5\n", 2, "column region: \"mars\" is not a region of the plan")]
    [InlineData("2026-01,new_customers,toys,,5\n", 2, "column industry: \"toys\" is not an industry of the plan")]
    [InlineData("2025-12,repurchase,,,5\n", 2, "column month: 2025-12 is not in the plan year 2026")]
    [InlineData("2026-13,repurchase,,,5\n", 2, "column 1 (month): \"2026-13\" is not a month")]
    [InlineData("2026-01,repurchase,,,-5\n", 2, "column 5 (amount): the amount -5 is negative")]
    [InlineData("2026-01,repurchase,,,abc\n", 2, "column 5 (amount)")]
    [InlineData("2026-01,repurchase,,,１００\n", 2, "full-width")]
    public void Read_BadCell_NamesTheFileLineAndColumn(string row, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header + row + Q1));
        Assert.Equal(TrackingFiles.Actuals, e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedRow_NamesBothLines()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header + Q1 + "2026-01,repurchase,,,7\n"));
        Assert.Equal(5, e.Line);
        Assert.Contains("2026-01 of repurchase appears twice (first on line 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TotalBesideABreakdown_Rejected()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header + "2026-01,repurchase,,south,60\n2026-01,repurchase,,,40\n2026-01,new_customers,,,1\n2026-01,new_product,,,0\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("is given as one total here but by region on line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineMissingInAMonth_SaysWriteZero()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header + Q1 + "2026-02,repurchase,,,90\n2026-02,new_customers,,,80\n"));
        Assert.Equal(0, e.Line);
        Assert.Contains("2026-02 has no row for the line new_product", e.Message, StringComparison.Ordinal);
        Assert.Contains("write 0 if nothing was sold", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MonthMissing_IsAGapNotAShorterYear()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header + Q1 + "2026-03,repurchase,,,90\n2026-03,new_customers,,,80\n2026-03,new_product,,,0\n"));
        Assert.Contains("2026-02 has no rows, but the actuals run to 2026-03", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_Rejected()
    {
        var e = Assert.Throws<InputException>(() => YearRecords.Actuals(Header));
        Assert.Contains("the file has a header but no rows", e.Message, StringComparison.Ordinal);
    }
}
