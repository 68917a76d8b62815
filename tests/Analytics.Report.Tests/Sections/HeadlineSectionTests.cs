using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class HeadlineSectionTests
{
    [Fact]
    public void HeadlineSection_Always_FiguresBlock()
    {
        var (html, charts) = SectionRun.Write(new HeadlineSection(), SectionContents.PlanOnly);
        Assert.Empty(charts);
        Assert.Contains("<div class=\"value\">5,000 萬元</div>", html, StringComparison.Ordinal);
    }
}
