using Analytics.Simulation.Results;
using Analytics.Statistics;

namespace Analytics.Analyses.Trigger;

/// <summary>The plan's quarterly rule ("a quarter under 80% of its target") under simulation.</summary>
/// <param name="Threshold">The completion below which the rule fires (e.g. 0.80).</param>
/// <param name="Target">The annual target (萬元).</param>
/// <param name="Trials">Trials behind every figure.</param>
/// <param name="Hit">P(annual target).</param>
/// <param name="Quarters">The rule in each quarter.</param>
/// <param name="Fan">Cumulative monthly revenue P10/P50/P90 and the plan's path.</param>
/// <param name="Policy">The policy's value, or null when the scenario states no push.</param>
/// <param name="Timing">How timing uncertainty is modelled, one sentence per stream.</param>
/// <param name="Manifest">The base run.</param>
public sealed record TriggerResult(
    double Threshold,
    double Target,
    int Trials,
    Estimate Hit,
    IReadOnlyList<QuarterTrigger> Quarters,
    MonthlyBand Fan,
    PolicyValue? Policy,
    IReadOnlyList<string> Timing,
    RunManifest Manifest);
