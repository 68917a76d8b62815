using Analytics.Charts;
using Analytics.Common;
using Analytics.TestSupport;

namespace Analytics.Report.Tests;

public class ReportSectionTests
{
    private sealed class Echo : ReportSection
    {
        public override string Id => "echo";

        public override BilingualText Title { get; } = new("回聲", "Echo");

        protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
            => writer.Paragraph(o.Text("目標 ", "target ") + o.FormatAmount(content.Decomposition.Root.Amount));
    }

    [Fact]
    public void Write_Content_TheBodyInTheWritersLanguage()
    {
        var writer = new ReportWriter(ChartOptions.English);
        new Echo().Write(ReportContent.FromPlan(Shipped.Plan), writer);
        Assert.Equal("<p>target 50.00 million CNY</p>\n", writer.ToString());
    }

    [Fact]
    public void Applies_NotOverridden_Always()
        => Assert.True(new Echo().Applies(ReportContent.FromPlan(Shipped.Plan)));

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new Echo().Write(null!, new ReportWriter(ChartOptions.Default)));
        Assert.Throws<ArgumentNullException>(() => new Echo().Write(ReportContent.FromPlan(Shipped.Plan), null!));
    }
}
