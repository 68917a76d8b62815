using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>The best split of the grid under one version of the response assumption, on the same draws as every other version.</summary>
/// <param name="Change">What was changed, or null for the assumption as the scenario states it.</param>
/// <param name="Floors">Each stream's floor under this version, in the streams' order.</param>
/// <param name="ElasticityMeans">Each stream's mean elasticity under this version.</param>
/// <param name="Best">The grid's best split under this version (highest P(hit), then P(all streams), then expected margin, as <see cref="SplitAnalysis"/> picks it).</param>
/// <param name="BestVersusPlan">Best minus the plan's split, paired (the plan's split gives the same revenue under every version: its factor is 1).</param>
public sealed record ResponseVariant(ResponseChange? Change, IReadOnlyList<double> Floors, IReadOnlyList<double> ElasticityMeans, SplitRow Best, PairedDifference BestVersusPlan);
