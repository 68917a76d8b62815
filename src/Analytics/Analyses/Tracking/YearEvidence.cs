using Analytics.Common;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// What is known of a year after its first <paramref name="MonthsObserved"/> months, in the
/// scenario's terms: the revenue each stream booked from January on, and the pipeline facts of
/// those months as outcomes at the scenario's probabilities and counts.
/// </summary>
/// <param name="MonthsObserved">k: January to k observed, 0-12 (0: nothing yet).</param>
/// <param name="Booked">Per stream (the scenario's order), its revenue from January to month k, 萬元.</param>
/// <param name="Rates">Outcomes counted at probability inputs (one per input).</param>
/// <param name="Counts">Chances decided of components' counts (one per component).</param>
public sealed record YearEvidence(int MonthsObserved, IReadOnlyList<double> Booked, IReadOnlyList<RateEvidence> Rates, IReadOnlyList<CountEvidence> Counts)
{
    /// <summary>k (validated: 0-12).</summary>
    public int MonthsObserved { get; } = Preconditions.InRange(MonthsObserved, 0, CalendarMonths.Count);

    /// <summary>Booked revenue (validated: finite and &gt;= 0; all 0 when nothing is observed).</summary>
    public IReadOnlyList<double> Booked { get; } = Preconditions.NotNull(Booked).All(b => double.IsFinite(b) && b >= 0) && (MonthsObserved > 0 || Booked.All(b => b == 0))
        ? [.. Booked]
        : throw new ArgumentException($"Booked must hold finite amounts >= 0 (all 0 before any month is observed); were {string.Join(", ", Booked.Select(b => Preconditions.Format(b)))}.", nameof(Booked));

    /// <summary>The rates (validated: one per input).</summary>
    public IReadOnlyList<RateEvidence> Rates { get; } = Preconditions.UniqueKeys(Preconditions.NotNull(Rates), r => r.Input);

    /// <summary>The counts (validated: one per component).</summary>
    public IReadOnlyList<CountEvidence> Counts { get; } = Preconditions.UniqueKeys(Preconditions.NotNull(Counts), c => c.Component);

    /// <summary>Whether the whole year is observed: every stream's annual revenue is what it booked.</summary>
    public bool WholeYear => MonthsObserved == CalendarMonths.Count;

    /// <summary>Nothing observed: revenue only, no months (the prior).</summary>
    public static YearEvidence Nothing(int streams) => new(0, new double[Preconditions.NonNegative(streams)], [], []);

    /// <summary>The revenue booked in the first <paramref name="monthsObserved"/> months of each stream, no pipeline facts (e.g. a year drawn from the scenario).</summary>
    public static YearEvidence Revenue(int monthsObserved, IReadOnlyList<double> booked) => new(monthsObserved, booked, [], []);
}
