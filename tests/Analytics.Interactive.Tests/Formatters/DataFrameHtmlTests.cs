using Analytics.Interactive.Formatters;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tests.Formatters;

[Collection(NotebookOptionsCollection.Name)]
public class DataFrameHtmlTests
{
    private static DataFrame Frame(int rows) => new(
        new StringDataFrameColumn("id", Enumerable.Range(0, rows).Select(i => i == 0 ? "<b>" : "r" + i)),
        new DecimalDataFrameColumn("amount", Enumerable.Range(0, rows).Select(i => i == 1 ? (decimal?)null : 466.67m)));

    [Fact]
    public void Table_Frame_EscapedInvariantNumbersBlankNulls()
    {
        var html = DataFrameHtml.Table(Frame(2));
        Assert.Contains("<th>id</th><th class=\"num\">amount</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;</td><td class=\"num\">466.67</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>r1</td><td class=\"num\"></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_MoreRowsThanTheCap_CountsTheRest()
    {
        var html = DataFrameHtml.Table(Frame(5), maxRows: 3);
        Assert.Equal(3, html.Split("<tr><td>").Length - 1);
        Assert.Contains("3 / 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_DoublesAndComputedDecimals_ReadablePrecisionStatedDecimalsAsTheyAre()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("x", [4762.53451, 661.3149, 0.0015371, double.NaN]),
            new DecimalDataFrameColumn("m", [466.67m, 0.0263157894736842105263157895m, 1200m, null]));
        var html = DataFrameHtml.Table(frame);
        Assert.Contains("<td class=\"num\">4,762.5</td><td class=\"num\">466.67</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">661.315</td><td class=\"num\">0.02632</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0.001537</td><td class=\"num\">1200</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">NaN</td><td class=\"num\"></td>", html, StringComparison.Ordinal);
    }
}
