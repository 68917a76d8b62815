using Analytics.Common;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// The plan's timing of the year and how uncertain each stream's timing is (the scenario's
/// <c>phasing</c> section): twelve monthly shares of the annual target (from quarterly shares,
/// each quarter split evenly over its months, as the plan's decomposition does) and per stream a
/// <see cref="StreamTiming"/>. Streams not listed book by the plan's shares exactly.
/// </summary>
/// <param name="MonthlyShares">Twelve shares of the year, each &gt;= 0, adding up to 1 (within 1e-6).</param>
/// <param name="Streams">Timing per stream (unique stream names); may be empty.</param>
public sealed record PhasingSpec(IReadOnlyList<double> MonthlyShares, IReadOnlyList<StreamTiming> Streams)
{
    /// <summary>The monthly shares (validated: 12 finite values &gt;= 0 adding up to 1 within 1e-6).</summary>
    public IReadOnlyList<double> MonthlyShares { get; init; } = CheckShares(MonthlyShares);

    /// <summary>Timing per stream (validated: unique names).</summary>
    public IReadOnlyList<StreamTiming> Streams { get; init; } = Preconditions.UniqueKeys(Preconditions.NotNull(Streams), t => t.Stream);

    /// <summary>The plan's share of quarter <paramref name="quarter"/> (1-4): the sum of its three months.</summary>
    public double QuarterShare(int quarter) => CalendarQuarters.SumOf(MonthlyShares, quarter);

    /// <summary>Monthly shares from four quarterly shares (each &gt;= 0, adding up to 1), each quarter split evenly over its three months.</summary>
    public static IReadOnlyList<double> FromQuarters(IReadOnlyList<double> quarters)
    {
        Preconditions.NotNull(quarters);
        if (quarters.Count != CalendarQuarters.Count)
        {
            throw new ArgumentException($"quarters must hold 4 shares; had {quarters.Count}.", nameof(quarters));
        }

        return Enumerable.Range(1, 12).Select(month => CalendarQuarters.QuarterOf(month) - 1).Select(q => Preconditions.NonNegative(quarters[q], $"quarters[{q}]") / CalendarQuarters.MonthsPerQuarter).ToArray();
    }

    /// <summary>The timing of <paramref name="stream"/>, or null when it books by the plan's shares exactly.</summary>
    public StreamTiming? TimingOf(string stream) => Streams.FirstOrDefault(t => t.Stream == stream);

    private static IReadOnlyList<double> CheckShares(IReadOnlyList<double> shares)
    {
        Preconditions.NotNull(shares);
        if (shares.Count != 12)
        {
            throw new ArgumentException($"MonthlyShares must hold 12 shares; had {shares.Count}.", nameof(MonthlyShares));
        }

        Preconditions.EachNonNegative(shares, nameof(MonthlyShares));

        var sum = shares.Sum();
        return Math.Abs(sum - 1) <= 1e-6
            ? shares.ToArray()
            : throw new ArgumentException($"MonthlyShares must add up to 1; they add up to {Preconditions.Format(sum)}.", nameof(MonthlyShares));
    }
}
