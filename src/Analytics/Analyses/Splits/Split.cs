using System.Globalization;
using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>
/// A split of the target over the scenario's streams (e.g. 36% repurchase, 44% new customers, 20%
/// new product): one share per stream, in the scenario's stream order, each in [0, 1], adding up
/// to 1 (within 1e-9).
/// </summary>
public sealed record Split
{
    private readonly double[] _shares;

    /// <summary>Creates the split.</summary>
    /// <param name="shares">One share per stream, each in [0, 1], adding up to 1 within 1e-9.</param>
    public Split(IReadOnlyList<double> shares)
    {
        Preconditions.NotEmpty(shares);
        Preconditions.EachProbability(shares);

        var sum = shares.Sum();
        _shares = Math.Abs(sum - 1) <= 1e-9
            ? [.. shares]
            : throw new ArgumentException($"shares must add up to 1; they add up to {Preconditions.Format(sum)} ({string.Join(", ", shares.Select(s => Preconditions.Format(s)))}).", nameof(shares));
    }

    /// <summary>
    /// The split written as one percentage per stream in the scenario's order, e.g. "30/50/20"
    /// (30% to the first stream): each a number &gt;= 0, adding up to 100 within 1e-6. The last
    /// share takes what the others leave, so the shares add up to 1 exactly.
    /// </summary>
    /// <param name="split">The percentages, separated by '/'.</param>
    /// <param name="streams">The stream names, in order (at least one): how many percentages there must be.</param>
    /// <exception cref="ArgumentException">The text does not give one such percentage per stream; the message shows the streams and an example.</exception>
    public static Split Parse(string split, IReadOnlyList<string> streams)
    {
        Preconditions.NotNull(split);
        Preconditions.NotEmpty(streams);
        var parts = split.Split('/');
        var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0 ? v : double.NaN).ToArray();
        if (parts.Length != streams.Count || values.Any(double.IsNaN) || Math.Abs(values.Sum() - 100) > 1e-6)
        {
            throw new ArgumentException($"{nameof(split)} must give one percentage >= 0 per stream ({string.Join("/", streams)}) adding up to 100, e.g. 30/50/20; was \"{split}\".", nameof(split));
        }

        var shares = values.Select(v => v / 100).ToArray();
        shares[^1] = Math.Max(0, 1 - shares[..^1].Sum());
        return new Split(shares);
    }

    /// <summary>The split of <paramref name="shares"/> computed in floating point, which may miss 1 by an ulp or two: the rest goes on the largest.</summary>
    internal static Split Normalised(double[] shares)
    {
        var largest = Array.IndexOf(shares, shares.Max());
        shares[largest] = Math.Max(0, 1 - shares.Where((_, i) => i != largest).Sum());
        return new Split(shares);
    }

    /// <summary>The shares, in the scenario's stream order.</summary>
    public IReadOnlyList<double> Shares => _shares;

    /// <summary>The number of streams.</summary>
    public int Count => _shares.Length;

    /// <summary>The share of stream <paramref name="index"/>.</summary>
    public double this[int index] => _shares[index];

    /// <summary>Equal when every share is equal.</summary>
    public bool Equals(Split? other) => other is not null && _shares.AsSpan().SequenceEqual(other._shares);

    /// <inheritdoc />
    public override int GetHashCode() => _shares.Aggregate(0, (h, s) => HashCode.Combine(h, s));

    /// <summary>The shares as percentages, e.g. "36/44/20".</summary>
    public override string ToString() => string.Join("/", _shares.Select(s => (s * 100).ToString("0.##", CultureInfo.InvariantCulture)));
}
