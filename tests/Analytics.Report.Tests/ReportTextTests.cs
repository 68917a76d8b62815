using Analytics.Audit;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Statistics;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class ReportTextTests
{
    [Fact]
    public void Location_FileInAFolderWithALine_FileNameAndLineOnly()
    {
        Assert.Equal("phasing.csv:5", ReportText.Location(new SourceLocation(Path.Combine("data", "plc-2026", "phasing.csv"), 5)));
        Assert.Equal("facts.csv", ReportText.Location(new SourceLocation("facts.csv", 0)));
        Assert.Equal(string.Empty, ReportText.Location(SourceLocation.None));
    }

    [Theory]
    [InlineData(0.36, "36%")]
    [InlineData(0.373, "37.3%")]
    [InlineData(0.05, "5%")]
    public void SplitShare_Share_WholeOrOneDecimalPercent(double share, string expected) => Assert.Equal(expected, ReportText.SplitShare(share));

    [Theory]
    [InlineData(0.038, "+3.80")]
    [InlineData(-0.001, "-0.10")]
    [InlineData(0.0, "0.00")]
    public void SignedPoints_Difference_SignedPointsTwoDecimals(double difference, string expected) => Assert.Equal(expected, ReportText.SignedPoints(difference));

    [Fact]
    public void PairedPoints_Estimate_ValueAndIts95Interval()
        // 0.038 ± 1.96 x 0.0007 = 0.036628 .. 0.039372.
        => Assert.Equal("+3.80 points (95% interval +3.66 to +3.94)", ReportText.PairedPoints(ChartOptions.English, new Estimate(0.038, 0.0007)));

    [Fact]
    public void Severity_EachLevel_ItsWordAndClass()
    {
        Assert.Equal(("錯誤", "error"), (ReportText.Severity(ChartOptions.Default, Severity.Error), ReportText.SeverityClass(Severity.Error)));
        Assert.Equal(("Warning", "warning"), (ReportText.Severity(ChartOptions.English, Severity.Warning), ReportText.SeverityClass(Severity.Warning)));
        Assert.Equal("說明", ReportText.Severity(ChartOptions.Default, Severity.Info));
    }

    [Fact]
    public void StreamName_StreamOfAPlanLine_TheLinesNameElseTheStream()
    {
        var content = ReportContent.FromPlan(Shipped.Plan);
        Assert.Equal("新客戶開發", ReportText.StreamName(ChartOptions.Default, content, "newCustomers"));
        Assert.Equal("New product", ReportText.StreamName(ChartOptions.English, content, "new-product"));
        Assert.Equal("channel", ReportText.StreamName(ChartOptions.Default, content, "channel"));
    }
}
