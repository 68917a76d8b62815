namespace Analytics.Analyses.Splits;

/// <summary>
/// The split that sets every stream's sub-target at the same quantile level of that stream's own
/// revenue distribution, the sub-targets adding up to the target: each stream is equally likely
/// (<see cref="Level"/>) to reach its sub-target, so none is set up to fail. When the split also
/// steers effort (a response model), the distributions are those the split itself brings (a fixed
/// point, found by iteration).
/// </summary>
/// <param name="Row">The split and what it gives.</param>
/// <param name="Level">The common probability of a stream reaching its sub-target (for a stream with an atom, e.g. no benchmark won, at least this).</param>
/// <param name="Iterations">Fixed-point iterations used (1 without a response model).</param>
/// <param name="Converged">Whether the shares settled (to 1e-6) within the iteration limit and the target could be split at all.</param>
public sealed record RiskBalancedSplit(SplitRow Row, double Level, int Iterations, bool Converged);
