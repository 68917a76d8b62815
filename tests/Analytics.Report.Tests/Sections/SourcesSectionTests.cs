using Analytics.Report.Sections;
using Analytics.Report.Tests.TestSupport;
using Analytics.TestSupport;

namespace Analytics.Report.Tests.Sections;

public class SourcesSectionTests
{
    [Fact]
    public void SourcesSection_ShippedPlan_EveryTargetRowWithItsSourceAndLine()
    {
        var (html, _) = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly);
        Assert.Equal(Shipped.Plan.Targets.Count, html.Split("<tr>").Length - 2);
        Assert.Contains("<td>A6: repurchase split by the regions that hold the installed base</td><td>targets.csv:6</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_ShippedPlan_AssumptionRangeIsWhatTheTargetsCite()
    {
        // Independently: the A-numbers in targets.csv's source column (A6, A7 in the shipped plan).
        var cited = File.ReadLines(Path.Combine(RepoPaths.ShippedPlan, "targets.csv")).Skip(1)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l.Split(',')[^1], @"\bA(\d+)\b"))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        var (html, _) = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly);
        Assert.Contains($"「A{cited.Min()}」至「A{cited.Max()}」是明確標示的假設", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A14", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_Simulated_TheScenariosLabelledAssumptions()
    {
        var (html, _) = SectionRun.Write(new SourcesSection(), SectionContents.Simulated);
        Assert.Contains("模擬情景「plc-2026」的假設", html, StringComparison.Ordinal);
        Assert.Contains("<p>2026 年計劃：不確定性更大，贏單率與市場相關，並有渠道夥伴。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>S2: 市場強勁時也更容易贏單：", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("<li>S").Length - 1); // S1-S9 in plc-2026.json
        Assert.DoesNotContain("照原文列出", html, StringComparison.Ordinal); // every text is given in both languages
        var en = SectionRun.Write(new SourcesSection(), SectionContents.Simulated, Analytics.Charts.ChartOptions.English).Html;
        Assert.Contains("<p>The 2026 plan with wider uncertainty, market-correlated win rates and channel partners.</p>", en, StringComparison.Ordinal);
        Assert.Contains("<li>S2: A strong market also makes deals easier to win:", en, StringComparison.Ordinal);
        Assert.DoesNotContain("模擬情景", SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_BilingualScenario_EachPageCarriesNoSentenceOfTheOtherLanguage()
    {
        var notes = SectionContents.Simulated.Assumptions!;
        string Assumptions(Analytics.Charts.ChartOptions o)
        {
            var html = System.Net.WebUtility.HtmlDecode(SectionRun.Write(new SourcesSection(), SectionContents.Simulated, o).Html);
            return html[html.IndexOf(o.IsChinese ? "模擬情景「" : "The assumptions of the simulated scenario", StringComparison.Ordinal)..];
        }

        var (zh, en) = (Assumptions(Analytics.Charts.ChartOptions.Default), Assumptions(Analytics.Charts.ChartOptions.English));
        var texts = notes.Assumptions.Select(a => a.Text).Append(notes.Description!).ToArray();
        var english = texts.SelectMany(t => t.En.Split(". ")).Where(x => x.Length > 12).ToArray();
        var chinese = texts.SelectMany(t => t.Zh.Split('。')).Where(x => x.Length > 6).ToArray();
        Assert.True(english.Length >= notes.Assumptions.Count && chinese.Length >= notes.Assumptions.Count);
        Assert.All(english, sentence => Assert.DoesNotContain(sentence, zh, StringComparison.Ordinal));
        Assert.All(chinese, sentence => Assert.DoesNotContain(sentence, en, StringComparison.Ordinal));
        Assert.All(english, sentence => Assert.Contains(sentence, en, StringComparison.Ordinal));
        Assert.All(chinese, sentence => Assert.Contains(sentence, zh, StringComparison.Ordinal));
    }

    [Fact]
    public void SourcesSection_TextGivenInOneLanguage_QuotedAsWrittenAndSaidSo()
    {
        var scenario = ScenarioRuns.Plc with { Description = "Only English." };
        var notes = Analytics.Scenarios.ScenarioNotes.Read(scenario, "//  S1  en: Both.\n//      zh: 兩種。\n//  S2  Only English.\n{}");
        var zh = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly with { Assumptions = notes }).Html;
        Assert.Contains("<li>S1: 兩種。</li>", zh, StringComparison.Ordinal);
        Assert.Contains("<li>S2: Only English.</li>", zh, StringComparison.Ordinal);
        Assert.Contains("檔案只用一種語言寫的說明照原文列出。", zh, StringComparison.Ordinal);
        var en = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly with { Assumptions = notes }, Analytics.Charts.ChartOptions.English).Html;
        Assert.Contains("<li>S1: Both.</li>", en, StringComparison.Ordinal);
        Assert.Contains("Texts the file gives in one language only are quoted as written.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_HostileScenarioText_Escaped()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        var scenario = ScenarioRuns.Plc with { Name = "x\"><script>", Description = Hostile };
        var notes = Analytics.Scenarios.ScenarioNotes.Read(scenario, $"// intro {Hostile}\n//\n// S1  a & b {Hostile}\n{{}}");
        var (html, _) = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly with { Assumptions = notes });
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<li>S1: a &amp; b &lt;img src=x onerror=alert(1)&gt;</li>", html, StringComparison.Ordinal);
        Assert.Contains("x&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_NoLabelledAssumptions_TheFilesIntroduction()
    {
        var seed = ScenarioRuns.SeedNotes();
        var (html, _) = SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly with { Assumptions = seed });
        Assert.Contains("<li>參考情景 seed-2026：原文公司", html, StringComparison.Ordinal);
        Assert.Contains("<li>Reference scenario seed-2026:", SectionRun.Write(new SourcesSection(), SectionContents.PlanOnly with { Assumptions = seed }, Analytics.Charts.ChartOptions.English).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesSection_PlanWithoutSeedCitations_SourcesAsWrittenAndNoSeedSections()
    {
        using var folder = new TempPlanFolder();
        var text = File.ReadAllText(folder.File("targets.csv")).Replace("seed §", "business plan p.", StringComparison.Ordinal);
        folder.Write("targets.csv", text);
        var content = ReportContent.FromPlan(Analytics.Loading.PlanLoader.Load(folder.Path));
        var zh = SectionRun.Write(new SourcesSection(), content).Html;
        Assert.DoesNotContain("seed §", zh, StringComparison.Ordinal);
        Assert.Contains("下表照錄計劃檔案 targets.csv 每一行的「source」一欄，其中「A6」至「A7」是計劃標明的假設。", zh, StringComparison.Ordinal);
        Assert.Contains("<td>business plan p.1</td>", zh, StringComparison.Ordinal);
        var en = SectionRun.Write(new SourcesSection(), content, Analytics.Charts.ChartOptions.English).Html;
        Assert.Contains("the table gives the source column of every row of the plan&#39;s targets.csv, as written; &quot;A6&quot; to &quot;A7&quot; are assumptions the plan labels.", en, StringComparison.Ordinal);
    }
}
