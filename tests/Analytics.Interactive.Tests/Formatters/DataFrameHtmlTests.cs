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
}
