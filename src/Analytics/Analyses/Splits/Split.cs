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
        for (var k = 0; k < shares.Count; k++)
        {
            Preconditions.Probability(shares[k], $"shares[{k}]");
        }

        var sum = shares.Sum();
        _shares = Math.Abs(sum - 1) <= 1e-9
            ? [.. shares]
            : throw new ArgumentException($"shares must add up to 1; they add up to {Preconditions.Format(sum)} ({string.Join(", ", shares.Select(s => Preconditions.Format(s)))}).", nameof(shares));
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
