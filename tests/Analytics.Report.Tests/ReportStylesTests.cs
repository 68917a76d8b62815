namespace Analytics.Report.Tests;

public class ReportStylesTests
{
    [Fact]
    public void Css_Scope_EverySelectorPrefixed()
    {
        var css = ReportStyles.Css(".analytics");
        Assert.Contains(".analytics th, .analytics td { border-bottom:", css, StringComparison.Ordinal);
        Assert.Contains(".analytics .finding.error {", css, StringComparison.Ordinal);
        Assert.All(css.Split('\n'), line => Assert.StartsWith(".analytics ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Css_NoScope_RulesAsWritten() => Assert.Contains("\nth, td { border-bottom:", ReportStyles.Css(), StringComparison.Ordinal);
}
