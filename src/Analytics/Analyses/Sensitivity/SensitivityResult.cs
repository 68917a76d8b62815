using Analytics.Statistics;

namespace Analytics.Analyses.Sensitivity;

/// <summary>Which inputs the outcome hangs on, four ways.</summary>
/// <param name="Target">The total target (萬元).</param>
/// <param name="BaseMean">E[total] with every input at its median (the tornado's centre line).</param>
/// <param name="BaseHit">P(total &gt;= target) with every input at its median.</param>
/// <param name="Tornado">One row per uncertain input, widest P(hit) swing first.</param>
/// <param name="RankCorrelations">Spearman's rho of each input with the total and its contribution to variance, largest first.</param>
/// <param name="SobolTotal">Sobol indices of the total revenue (empty when not asked for, or when undefined because the total does not vary over the design; a note says which).</param>
/// <param name="SobolHit">Sobol indices of the indicator total &gt;= target (empty when not asked for, or when undefined because every design run hits, or every one misses, the target; a note says which).</param>
/// <param name="Notes">How to read the figures: what is held fixed, how internal randomness and correlations are treated.</param>
public sealed record SensitivityResult(
    double Target,
    Estimate BaseMean,
    Estimate BaseHit,
    IReadOnlyList<TornadoRow> Tornado,
    IReadOnlyList<RankCorrelationRow> RankCorrelations,
    IReadOnlyList<SobolIndex> SobolTotal,
    IReadOnlyList<SobolIndex> SobolHit,
    IReadOnlyList<string> Notes)
{
    /// <summary>Trials of each tornado run and of the rank-correlation run (0 when not stated, e.g. for hand-made results).</summary>
    public int Trials { get; init; }
}
