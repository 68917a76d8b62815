using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>What the chances already decided say about a component's count (e.g. benchmarks won this year).</summary>
/// <param name="Component">The component, e.g. "newProduct.benchmarks".</param>
/// <param name="Chances">Its chances (prospects).</param>
/// <param name="Won">Decided and won.</param>
/// <param name="Lost">Decided and lost.</param>
/// <param name="PriorMean">E[count] over the prior trials.</param>
/// <param name="PosteriorMean">E[count | observed], with its importance-sampling error.</param>
public sealed record CountUpdate(string Component, int Chances, int Won, int Lost, double PriorMean, Estimate PosteriorMean);
