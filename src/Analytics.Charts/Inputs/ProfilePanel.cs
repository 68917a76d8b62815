using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// One panel of the small multiples of P(hit) against a line's share: for each share of the grid,
/// the best P(hit) a split with that share reaches, and the plan's share marked.
/// </summary>
/// <param name="Line">The line's name.</param>
/// <param name="Shares">The line's shares, ascending.</param>
/// <param name="BestProbability">The best P(hit) at each share, 0-1.</param>
/// <param name="PlanShare">The line's share in the plan's split.</param>
public sealed record ProfilePanel(BilingualText Line, IReadOnlyList<double> Shares, IReadOnlyList<double> BestProbability, double PlanShare)
{
    /// <summary>The line's name.</summary>
    public BilingualText Line { get; } = Preconditions.NotNull(Line);

    /// <summary>The shares (validated: at least one, ascending, in [0, 1]).</summary>
    public IReadOnlyList<double> Shares { get; } = CheckShares(Shares);

    /// <summary>The best P(hit) at each share (validated: one per share, each in [0, 1]).</summary>
    public IReadOnlyList<double> BestProbability { get; } = ChartInputChecks.Series(BestProbability, Shares.Count).All(p => p is >= 0 and <= 1)
        ? BestProbability
        : throw new ArgumentOutOfRangeException(nameof(BestProbability), "BestProbability must hold probabilities in [0, 1].");

    /// <summary>The plan's share, 0-1.</summary>
    public double PlanShare { get; } = ChartInputChecks.Share(PlanShare);

    private static IReadOnlyList<double> CheckShares(IReadOnlyList<double> shares)
    {
        var checkedShares = Preconditions.NotEmpty(shares).Select(s => ChartInputChecks.Share(s, nameof(Shares))).ToArray();
        return checkedShares.Zip(checkedShares.Skip(1)).All(p => p.First < p.Second)
            ? checkedShares
            : throw new ArgumentException("Shares must be in ascending order, each once.", nameof(Shares));
    }
}
