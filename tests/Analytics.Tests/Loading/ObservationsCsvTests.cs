using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class ObservationsCsvTests
{
    private static CsvTable Table(string text) => CsvTable.Parse(text, "o.csv", ObservationsCsv.Schema);

    [Fact]
    public void Read_ValueColumnAndFilters_OnlyTheRowsKeptWithTheirLines()
    {
        var data = ObservationsCsv.Read(Table("id,industry,value\na,3c,10\nb,lithium,99\nc,3c,12\nd,3c,14\ne,3c,9\nf,3c,11\n"), filters: [("industry", "3c")]);
        Assert.Equal([10.0, 12, 14, 9, 11], data.Values);
        Assert.Equal([2, 4, 5, 6, 7], data.Sources.Select(s => s.Line));
        Assert.Equal("column value, industry = 3c", data.Description);
        Assert.Equal("o.csv rows 2-7 (column value, industry = 3c; 5 values)", data.Provenance());
    }

    [Fact]
    public void Read_OnlyColumn_UsedWithoutBeingNamed()
        => Assert.Equal(5, ObservationsCsv.Read(Table("deal\n1\n2\n3\n4\n5\n")).Count);

    [Theory]
    [InlineData("a,b\n1,2\n", null, 1, "has several columns (a, b) and none is called \"value\"")]
    [InlineData("value\n1\n", "amount", 1, "has no column \"amount\"")]
    [InlineData("value\n1\n2\nNaN\n4\n5\n", null, 4, "column 1 (value): \"NaN\" is not a finite number")]
    [InlineData("value\n1\n2\n３\n4\n5\n", null, 4, "contains full-width characters")]
    [InlineData("value\n1\n2\nabc\n4\n5\n", null, 4, "\"abc\" is not a number")]
    [InlineData("value\n1\n2\n3\n", null, 0, "the file has 3 value(s) in column value, too few to fit a distribution")]
    public void Read_BadFile_LineColumnAndWhy(string text, string? column, int line, string fragment)
    {
        var e = Assert.Throws<InputException>(() => ObservationsCsv.Read(Table(text), column));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonPositiveForAPositiveFamily_TheRowNamed()
    {
        var e = Assert.Throws<InputException>(() => ObservationsCsv.Read(Table("value\n1\n2\n0\n4\n5\n"), positive: true));
        Assert.Equal((4, "1 (value)"), (e.Line, e.Column));
        Assert.Contains("0 is not > 0, and lognormal, gamma and weibull fits need positive values", e.Message, StringComparison.Ordinal);
    }
}
