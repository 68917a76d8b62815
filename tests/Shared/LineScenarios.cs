using System.Globalization;
using System.Text;
using Analytics.Analyses.Splits;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;

namespace Analytics.TestSupport;

/// <summary>
/// Scenarios of any number of business lines (streams line1 .. lineN, each an order pool under a shared
/// market factor, with response, margins and phasing sections), for the tests that check everything works
/// for 2 to 8 lines, and their small split analyses.
/// </summary>
internal static class LineScenarios
{
    /// <summary>The total target of every such scenario (the shipped plan's: 5000).</summary>
    public const double Target = 5000;

    /// <summary>The scenario text of <paramref name="lines"/> streams; line k targets a share proportional to k, the last takes the rest.</summary>
    public static string Text(int lines)
    {
        var weights = Enumerable.Range(1, lines).Select(k => (double)k).ToArray();
        var targets = weights.Select(w => Math.Round(Target * w / weights.Sum())).ToArray();
        targets[^1] = Target - targets[..^1].Sum();
        string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("{\n  \"scenario\": \"lines-").Append(lines).Append("\",\n  \"target\": ").Append(N(Target)).Append(",\n");
        text.Append("  \"inputs\": { \"market\": { \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.1 } },\n  \"streams\": {\n");
        for (var k = 0; k < lines; k++)
        {
            // About 95% of the target expected: the year is at risk, and the lines' shares matter.
            text.Append("    \"line").Append(k + 1).Append("\": { \"target\": ").Append(N(targets[k])).Append(", \"multiplier\": \"market\", \"components\": { \"orders\": { \"model\": \"orderPool\", \"count\": { \"dist\": \"poisson\", \"mean\": ")
                .Append(N(Math.Round(targets[k] * 0.95 / 10, 2))).Append(" }, \"orderValue\": { \"dist\": \"lognormal\", \"mean\": 10, \"cv\": 0.6 } } } },\n");
        }

        text.Append("  },\n  \"margins\": { ").Append(string.Join(", ", Enumerable.Range(1, lines).Select(k => $"\"line{k}\": {N(0.2 + (0.05 * (k % 4)))}"))).Append(" },\n");
        text.Append("  \"response\": { ").Append(string.Join(", ", Enumerable.Range(1, lines).Select(k => $"\"line{k}\": {{ \"floor\": {N(0.1 * (k % 5))}, \"elasticity\": {{ \"dist\": \"beta\", \"a\": {k + 2}, \"b\": 4 }} }}"))).Append(" },\n");
        text.Append("  \"phasing\": { \"quarters\": [0.2, 0.25, 0.3, 0.25] },\n  \"trigger\": { \"threshold\": 0.8, \"replan\": true },\n}\n");
        return text.ToString();
    }

    /// <summary>The scenario of <paramref name="lines"/> streams, loaded.</summary>
    public static Scenario Load(int lines) => ScenarioLoader.Parse(Text(lines), $"lines-{lines.ToString(CultureInfo.InvariantCulture)}.json");

    /// <summary>A small split analysis of <paramref name="lines"/> streams (600 trials, seed 5) on the report's grid for that many lines, capped at <paramref name="maxSplits"/> splits.</summary>
    public static SplitResult Splits(int lines, int maxSplits = 120)
        => SplitAnalysis.Run(Load(lines), new SimulationOptions(600, 5, threads: 2), SplitGrid.FinestStep(lines, maxSplits));
}
