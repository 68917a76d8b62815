using Analytics.Analyses.Splits;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns a split analysis into the small multiples of P(hit) against each line's share: one
/// <see cref="ProfilePanel"/> per stream from the library's <see cref="ShareProfile"/> (the best P(hit)
/// at each share of the grid), in the order of <see cref="SplitMaps.Order"/>. Re-shaping only.
/// </summary>
public static class ProfilePanels
{
    /// <summary>The panels of <paramref name="result"/>.</summary>
    /// <param name="result">A split analysis.</param>
    /// <param name="names">Each stream's name on the page (default: the stream's name in both languages).</param>
    public static IReadOnlyList<ProfilePanel> From(SplitResult result, Func<string, BilingualText>? names = null)
    {
        Preconditions.NotNull(result);
        var name = names ?? BilingualText.Same;
        return
        [
            .. SplitMaps.Order(result.Streams).Select(k => ShareProfile.Of(result, k)).Select(p => new ProfilePanel(
                name(p.Stream),
                [.. p.Points.Select(x => x.Share)],
                [.. p.Points.Select(x => x.BestProbability)],
                p.PlanShare)),
        ];
    }
}
