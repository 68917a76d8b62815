using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// Splits of the target over any number of business lines, ranked, as the ranking chart draws them:
/// one bar per split, each line's share a segment of it.
/// </summary>
/// <param name="Lines">The lines' names, in the shares' order (at least two).</param>
/// <param name="Splits">The splits, top first (at least one); each has one share per line.</param>
public sealed record SplitRanking(IReadOnlyList<BilingualText> Lines, IReadOnlyList<RankedSplit> Splits)
{
    /// <summary>The lines (validated: at least two).</summary>
    public IReadOnlyList<BilingualText> Lines { get; } = Lines is { Count: >= 2 }
        ? Lines
        : throw new ArgumentException($"Lines must name at least two business lines; had {Lines?.Count ?? 0}.", nameof(Lines));

    /// <summary>The splits (validated: at least one, each with a share per line).</summary>
    public IReadOnlyList<RankedSplit> Splits { get; } = Preconditions.NotEmpty(Splits).All(s => s.Shares.Count == Lines.Count)
        ? Splits
        : throw new ArgumentException($"every split needs one share per line ({Lines.Count}).", nameof(Splits));
}
