using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.Sensitivity;

/// <summary>
/// One-at-a-time sensitivity: every uncertain input held at its median, then each in turn at its
/// own P10 and P90; each run on the same seed (common random numbers), so the bars compare the
/// inputs on the same draws of everything else. The internal randomness (order counts and values)
/// still varies within each run: the results are the mean and P(hit) over it.
/// </summary>
public static class Tornado
{
    /// <summary>The base (all inputs at their medians) and one row per uncertain input, widest P(hit) swing first (ties: widest mean swing).</summary>
    public static (Estimate BaseMean, Estimate BaseHit, IReadOnlyList<TornadoRow> Rows) Run(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var uncertain = scenario.Inputs.Where(i => !i.Distribution.IsConstant).ToArray();
        var medians = uncertain.Aggregate(scenario, (s, i) => s.WithInput(i.FixedAt(0.5)));
        (Estimate Mean, Estimate Hit) Evaluate(Scenario s)
        {
            var total = SimulationEngine.Run(new ScenarioModel(s), options).Samples(Scenario.TotalOutput).Span;
            return (TrialStatistics.Mean(total), TrialStatistics.Exceedance(total, s.Target));
        }

        var (baseMean, baseHit) = Evaluate(medians);
        var rows = uncertain.Select(input =>
        {
            var low = Evaluate(medians.WithInput(input.FixedAt(0.10)));
            var high = Evaluate(medians.WithInput(input.FixedAt(0.90)));
            return new TornadoRow(input.Name, input.Distribution.InverseCdf(0.10), input.Distribution.InverseCdf(0.90), low.Mean, high.Mean, low.Hit, high.Hit);
        }).ToArray();
        return (baseMean, baseHit, rows.OrderByDescending(r => r.HitSwing).ThenByDescending(r => r.MeanSwing).ToArray());
    }
}
