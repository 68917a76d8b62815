using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One split in a ranking of splits: its name, each line's share and its P(hit).</summary>
/// <param name="Label">Its name, e.g. "最佳" / "Best" or "第 2" / "No. 2".</param>
/// <param name="Shares">Each line's share, in the ranking's line order; they add up to 1.</param>
/// <param name="ProbabilityOfHit">P(hit) with the split, 0-1.</param>
public sealed record RankedSplit(BilingualText Label, IReadOnlyList<double> Shares, double ProbabilityOfHit)
{
    /// <summary>Its name.</summary>
    public BilingualText Label { get; } = Preconditions.NotNull(Label);

    /// <summary>The shares (validated: each in [0, 1], adding up to 1 within 1e-6).</summary>
    public IReadOnlyList<double> Shares { get; } = CheckShares(Shares);

    /// <summary>P(hit), 0-1.</summary>
    public double ProbabilityOfHit { get; } = Preconditions.Probability(ProbabilityOfHit);

    private static IReadOnlyList<double> CheckShares(IReadOnlyList<double> shares)
    {
        Preconditions.NotEmpty(shares);
        var checkedShares = shares.Select(s => ChartInputChecks.Share(s, nameof(Shares))).ToArray();
        return Math.Abs(checkedShares.Sum() - 1) <= ChartInputChecks.ShareSumTolerance
            ? checkedShares
            : throw new ArgumentException($"Shares must add up to 1; they add up to {checkedShares.Sum().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.", nameof(Shares));
    }
}
