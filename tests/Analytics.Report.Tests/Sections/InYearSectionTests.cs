using System.Text.RegularExpressions;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;

namespace Analytics.Report.Tests.Sections;

public partial class InYearSectionTests
{
    private static ReportContent WithShippedYear => SectionContents.Simulated.WithInYear(SectionContents.ShippedYear);

    // The section's words: tags, scripts (the chart's JSON) and entities out.
    private static string Words(string html) => Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " ")), " ");

    [Fact]
    public void Applies_OnlyWithTheTrackingAnalysis()
    {
        var section = new InYearSection();
        Assert.False(section.Applies(SectionContents.Simulated));
        Assert.True(section.Applies(WithShippedYear));
        Assert.Equal("in-year", section.Id);
    }

    [Fact]
    public void InYearSection_ShippedYear_TheAnalysisFiguresAndTheChart()
    {
        var r = SectionContents.ShippedYear;
        var f = r.Forecast;
        var (html, charts) = SectionRun.Write(new InYearSection(), WithShippedYear, ChartOptions.English);
        Assert.Equal(["in-year"], charts);
        var words = Words(html);

        // The shipped actuals through June: 1,507.56 booked of 2,100 due (71.8%), both quarters under 80%.
        Assert.Contains("Through 2026-06: booked 15.08 million CNY against 21.00 million CNY the plan asks by now (71.8% complete)", words, StringComparison.Ordinal);
        Assert.Contains($"{Formats.Percent(f.Hit.Value)} ± {Formats.Points(f.Hit.StandardError)} points (standard error); {Formats.Percent(r.PriorHit.Value)} before the year (the same 4,000 simulated years, seed 5)", words, StringComparison.Ordinal);
        Assert.Contains(Formats.Count((long)Math.Round(f.EffectiveSampleSize)) + " of 4,000 simulated years", words, StringComparison.Ordinal);
        var o = ChartOptions.English;
        Assert.Contains($"{o.FormatEstimate(f.Total.P10)} / {o.FormatEstimate(f.Total.P50)} / {o.FormatEstimate(f.Total.P90)}", words, StringComparison.Ordinal);
        Assert.Contains(o.FormatEstimate(f.ExpectedShortfall.Value) + " million CNY", words, StringComparison.Ordinal);
        Assert.Contains("Q1 9.00 7.02 78.0% fired 0.18", words, StringComparison.Ordinal);
        Assert.Contains("Q2 12.00 8.06 67.2% fired 1.54", words, StringComparison.Ordinal);

        // The rule fired: both re-phasings and each alternative with its paired difference.
        Assert.Contains("Re-phased in the plan's proportions:", words, StringComparison.Ordinal);
        Assert.Contains("Re-phased by momentum", words, StringComparison.Ordinal);
        foreach (var a in r.Replan!.Alternatives.Skip(1))
        {
            Assert.Contains(ReportText.PairedPoints(o, a.AgainstNoChange!.ProbabilityDifference), words, StringComparison.Ordinal);
        }

        Assert.Contains("Method: each simulated year of the scenario is weighted", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", words, StringComparison.Ordinal);
    }

    [Fact]
    public void InYearSection_FarBelowThePlan_WarnsOutsideTheScenarioAndStatesTheMethod()
    {
        var content = SectionContents.Simulated.WithInYear(SectionContents.FarBelow);
        Assert.True(SectionContents.FarBelow.OutsideScenario);
        var en = Words(SectionRun.Write(new InYearSection(), content, ChartOptions.English).Html);
        Assert.Contains("Warning: the actuals lie outside what the scenario \"plc-2026\" expected", en, StringComparison.Ordinal);
        Assert.Contains("revise the scenario for this year", en, StringComparison.Ordinal);
        Assert.Contains("Method (the approximation outside the scenario)", en, StringComparison.Ordinal);
        var zh = Words(SectionRun.Write(new InYearSection(), content).Html);
        Assert.Contains("警告：實際數據落在情景「plc-2026」預期之外", zh, StringComparison.Ordinal);
        Assert.Contains("方法（情景以外的近似）", zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InYearSection_EachLanguage_NoWordsOfTheOther(bool outside)
    {
        var content = SectionContents.Simulated.WithInYear(outside ? SectionContents.FarBelow : SectionContents.ShippedYear);
        var zh = Words(SectionRun.Write(new InYearSection(), content).Html);
        var en = Words(SectionRun.Write(new InYearSection(), content, ChartOptions.English).Html);

        // Chinese: no English word of four letters or more (P10, Q1, PLC and E[max(...)] are shorter);
        // English: no Chinese character at all.
        Assert.DoesNotContain(Latin().Matches(zh), m => m.Value != "plc");
        Assert.Empty(Han().Matches(en));
        Assert.Contains("年初至今", zh, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex Latin();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
