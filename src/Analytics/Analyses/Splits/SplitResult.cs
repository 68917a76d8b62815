using Analytics.Simulation.Results;
using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>
/// The split-ratio analysis: every split of a grid over the simplex judged on the same trials,
/// the plan's split for comparison, the best split, the risk-balanced split, the frontier of
/// expected gross margin against P(hit), and paired comparisons with the plan.
/// </summary>
/// <param name="Streams">The stream names, in split order.</param>
/// <param name="Target">The total target, 萬元.</param>
/// <param name="Trials">Trials behind every figure.</param>
/// <param name="Step">The grid's step (e.g. 0.05).</param>
/// <param name="HasResponse">Whether splits steer revenue (a response model); without one every split has the same P(hit) and only sub-target risk differs.</param>
/// <param name="Grid">Every split of the grid, in grid order.</param>
/// <param name="Plan">The plan's split (e.g. 36/44/20).</param>
/// <param name="Best">The grid's best split: highest P(hit), then highest P(all streams), then highest expected margin.</param>
/// <param name="RiskBalanced">The risk-balanced split.</param>
/// <param name="Frontier">The grid splits not beaten on both expected margin and P(hit) by another, by P(hit) descending (empty without margins).</param>
/// <param name="BestVersusPlan">Best minus plan, paired.</param>
/// <param name="RiskBalancedVersusPlan">Risk-balanced minus plan, paired.</param>
/// <param name="Manifest">The simulation run behind the samples, or null for hand-made samples.</param>
public sealed record SplitResult(
    IReadOnlyList<string> Streams,
    double Target,
    int Trials,
    double Step,
    bool HasResponse,
    IReadOnlyList<SplitRow> Grid,
    SplitRow Plan,
    SplitRow Best,
    RiskBalancedSplit RiskBalanced,
    IReadOnlyList<SplitRow> Frontier,
    PairedDifference BestVersusPlan,
    PairedDifference RiskBalancedVersusPlan,
    RunManifest? Manifest);
