using System.Globalization;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;

namespace Analytics.Interactive.Formatters;

/// <summary>HTML views of simulation results, as notebook cells display them.</summary>
public static class SimulationHtml
{
    /// <summary>
    /// A run: how it was made (trials, seed, sampler, the model's fingerprint), the probability of
    /// reaching the last output's target (the total) with its standard error and 95% interval, and a
    /// row per output. Simulated amounts are shown in the display unit (rounded to whole 萬元 first), recorded inputs as they are; probabilities' errors in points.
    /// </summary>
    public static string Result(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlBlocks.Wrap(w =>
        {
            var o = w.Options;
            var m = result.Manifest;
            var sampler = m.Sampler == SamplerKind.LatinHypercube ? o.Text("拉丁超立方", "Latin hypercube") : o.Text("蒙地卡羅", "Monte Carlo");
            var headline = result.Outputs.LastOrDefault(x => x.ProbabilityOfTarget is not null);
            if (headline is { ProbabilityOfTarget: { } p, Target: { } target })
            {
                w.Figures(
                [
                    (o.Text($"P({headline.Name} ≥ {o.FormatNumber(target)})", $"P({headline.Name} ≥ {o.FormatNumber(target)})"), Formats.Percent(p.Value),
                        o.Text($"± {Formats.Points(p.StandardError)} 個百分點；95% 區間 {Formats.Percent(p.Lower95)} – {Formats.Percent(p.Upper95)}", $"± {Formats.Points(p.StandardError)} points; 95% interval {Formats.Percent(p.Lower95)} – {Formats.Percent(p.Upper95)}")),
                    ("P10 / P50 / P90", $"{o.FormatEstimate(headline.Percentiles.P10)} / {o.FormatEstimate(headline.Percentiles.P50)} / {o.FormatEstimate(headline.Percentiles.P90)}",
                        o.Text($"{o.UnitName}；平均 {o.FormatEstimate(headline.Mean)} ± {headline.MeanStandardError.ToString("0.0", CultureInfo.InvariantCulture)}", $"{o.UnitName}; mean {o.FormatEstimate(headline.Mean)} ± {headline.MeanStandardError.ToString("0.0", CultureInfo.InvariantCulture)}")),
                ]);
            }

            w.Table(
                [o.Text("輸出", "output"), ">" + o.Text("目標", "target"), ">" + o.Text("平均", "mean"), ">" + o.Text("標準差", "sd"), ">P10", ">P50", ">P90", ">" + o.Text("P(≥ 目標)", "P(≥ target)"), ">" + o.Text("標準誤（百分點）", "SE (points)"), o.Text("單位", "unit")],
                result.Outputs.Select(x => (IReadOnlyList<string>)
                [
                    x.Name,
                    x.Target is { } t ? o.FormatNumber(t) : string.Empty,
                    Number(o, x, x.Mean),
                    Number(o, x, x.StandardDeviation),
                    Number(o, x, x.Percentiles.P10),
                    Number(o, x, x.Percentiles.P50),
                    Number(o, x, x.Percentiles.P90),
                    x.ProbabilityOfTarget is { } q ? Formats.Percent(q.Value) : string.Empty,
                    x.ProbabilityOfTarget is { } e ? Formats.Points(e.StandardError) : string.Empty,
                    IsAmount(x) ? o.UnitName : string.Empty,
                ]));
            w.Paragraph(
                o.Text(
                    $"{Formats.Count(m.Trials)} 次模擬，種子 {m.Seed.ToString(CultureInfo.InvariantCulture)}，{sampler}；模型指紋 {Short(m.ScenarioHash)}；版本 {m.Version}",
                    $"{Formats.Count(m.Trials)} trials, seed {m.Seed.ToString(CultureInfo.InvariantCulture)}, {sampler}; model fingerprint {Short(m.ScenarioHash)}; version {m.Version}"),
                note: true);
        });
    }

    /// <summary>A scenario's notes: its name and description, then its labelled assumptions (or, when it labels none, its introduction).</summary>
    public static string Notes(ScenarioNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return HtmlBlocks.Wrap(w =>
        {
            w.Heading(w.Text($"情景「{notes.Scenario}」", $"Scenario \"{notes.Scenario}\""));
            if (notes.Description is { } description)
            {
                w.Paragraph(w.Options.Text(description));
            }

            w.List(notes.Assumptions.Count > 0 ? notes.Assumptions.Select(a => $"{a.Id}: {w.Options.Text(a.Text)}") : notes.Preamble.Select(w.Options.Text));
        });
    }

    // The model's outputs (streams, the total) are amounts in 萬元, shown in the display unit; recorded
    // inputs are counts, probabilities or factors, whose size says nothing about their unit: they keep their decimals.
    private static string Number(ChartOptions o, OutputSummary x, double value)
        => IsAmount(x) ? o.FormatEstimate(value) : value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static bool IsAmount(OutputSummary x) => !x.Name.StartsWith(InputPrefix, StringComparison.Ordinal);

    // "input:", the prefix RecordingModel gives every recorded input.
    private static readonly string InputPrefix = RecordingModel.OutputOf("x")[..^1];

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
