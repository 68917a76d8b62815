using Analytics.Charts;
using Analytics.Common;
using Analytics.Interactive.Formatters;
using Analytics.Interactive.Tests.TestSupport;
using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Formatters;

[Collection(NotebookOptionsCollection.Name)]
public class SimulationHtmlTests
{
    [Fact]
    public void Result_Run_TotalsPHitWithItsErrorARowPerOutputAndTheManifest()
    {
        var html = SimulationHtml.Result(Runs.Mc);
        var p = Runs.Mc.Output("total").ProbabilityOfTarget!;
        Assert.Contains("<div class=\"label\">P(total ≥ 5,000)</div>", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"value\">{Formats.Percent(p.Value)}</div>", html, StringComparison.Ordinal);
        Assert.Contains($"± {Formats.Points(p.StandardError)} 個百分點；95% 區間 {Formats.Percent(p.Lower95)} – {Formats.Percent(p.Upper95)}", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<tr><td>newProduct</td><td class=\"num\">1,000</td>", html, StringComparison.Ordinal);
        // The recorded market factor (mean near 1) keeps its decimals and has no target.
        Assert.Matches(@"<tr><td>input:market</td><td class=""num""></td><td class=""num"">(0\.9\d*|1(\.0\d*)?)</td>", html);
        Assert.Contains($"12,288 次模擬，種子 9，蒙地卡羅；模型指紋 {Runs.Plc.Hash[..12]}…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_English_AmountsInMillionsRecordedInputsUnscaled()
    {
        var saved = Notebook.Options;
        try
        {
            Notebook.Options = ChartOptions.English;
            var html = SimulationHtml.Result(Runs.Mc);
            var product = Runs.Mc.Output("newProduct");
            var market = Runs.Mc.Output("input:market");
            string Millions(double wanYuan) => (Math.Round(wanYuan) / 100).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);
            // Every amount of a stream is in millions, its sd too, whatever its size.
            Assert.Contains($"<tr><td>newProduct</td><td class=\"num\">10.00</td><td class=\"num\">{Millions(product.Mean)}</td><td class=\"num\">{Millions(product.StandardDeviation)}</td>", html, StringComparison.Ordinal);
            Assert.Contains($"<td>million CNY</td></tr>", html, StringComparison.Ordinal);
            // The market factor is a recorded input: not divided by 100, no unit.
            Assert.Contains($"<tr><td>input:market</td><td class=\"num\"></td><td class=\"num\">{market.Mean.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
            Assert.Contains("points; 95% interval", html, StringComparison.Ordinal);
            Assert.Contains("12,288 trials, seed 9, Monte Carlo", html, StringComparison.Ordinal);
        }
        finally
        {
            Notebook.Options = saved;
        }
    }

    [Fact]
    public void Result_LatinHypercube_SaysSo()
        => Assert.Contains("拉丁超立方", SimulationHtml.Result(Runs.Lhs), StringComparison.Ordinal);

    [Fact]
    public void Notes_ShippedScenario_LabelledAssumptionsEscaped()
    {
        var html = SimulationHtml.Notes(ScenarioNotes.Load(Runs.Plc, RepoPaths.Data("plc-2026", "scenario.json")));
        Assert.Contains("<h3>情景「plc-2026」</h3>", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("<li>S").Length - 1); // S1-S9 in plc-2026.json

        var hostile = ScenarioNotes.Read(Runs.Plc with { Description = "<b>x</b>" }, "// S1  a <script>\n{}");
        var escaped = SimulationHtml.Notes(hostile);
        Assert.Contains("<li>S1: a &lt;script&gt;</li>", escaped, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;b&gt;x&lt;/b&gt;</p>", escaped, StringComparison.Ordinal);
    }
}
