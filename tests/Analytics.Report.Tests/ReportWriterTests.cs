using Analytics.Charts;
using Analytics.Charts.Inputs;

namespace Analytics.Report.Tests;

public class ReportWriterTests
{
    [Fact]
    public void Table_Cells_EscapedAndNumericColumnsRightAligned()
    {
        var html = new ReportWriter(ChartOptions.Default).Table(["name", ">amount"], [["<b>x</b>", "1,800"]]).ToString();
        Assert.Contains("<th>name</th><th class=\"num\">amount</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;x&lt;/b&gt;</td><td class=\"num\">1,800</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_MessageAndFixes_Escaped()
    {
        var html = new ReportWriter(ChartOptions.Default).Finding("error", "錯誤", "r · f.csv:1", "a < b", ["use \"c\""]).ToString();
        Assert.Contains("<p>a &lt; b</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>use &quot;c&quot;</li>", html, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"finding error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_SameNameTwice_Throws()
    {
        var writer = new ReportWriter(ChartOptions.Default);
        var chart = SalesCharts.GrowthBridge([new BridgeBar("x", 1, true)]);
        writer.Chart("bridge", chart);
        Assert.Throws<ArgumentException>(() => writer.Chart("bridge", chart));
        Assert.Contains("id=\"chart-bridge\"", writer.ToString(), StringComparison.Ordinal);
    }
}
