using Analytics.Common;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The values a distribution is fitted to, each with the row it was read from, and what they are
/// (for the provenance of a fitted assumption: "orders.csv rows 2-119, column value, industry = 3c").
/// </summary>
/// <param name="Values">The values: finite, at least one.</param>
/// <param name="Sources">Where each value was read, one per value.</param>
/// <param name="Description">What the values are, e.g. "column value, industry = 3c".</param>
public sealed record Observations(IReadOnlyList<double> Values, IReadOnlyList<SourceLocation> Sources, string Description)
{
    /// <summary>The values (validated: finite, at least one).</summary>
    public IReadOnlyList<double> Values { get; } = CheckValues(Values);

    /// <summary>One source per value.</summary>
    public IReadOnlyList<SourceLocation> Sources { get; } = Preconditions.NotNull(Sources).Count == Values.Count
        ? Sources.ToArray()
        : throw new ArgumentException($"Sources must hold one location per value ({Values.Count}); had {Sources.Count}.", nameof(Sources));

    /// <summary>What the values are.</summary>
    public string Description { get; } = Preconditions.NotNull(Description);

    /// <summary>Observations built in code (no file): each value's source is <see cref="SourceLocation.None"/>.</summary>
    public static Observations Of(IReadOnlyList<double> values, string description = "values")
        => new(values, [.. Enumerable.Repeat(SourceLocation.None, Preconditions.NotNull(values).Count)], description);

    /// <summary>The number of values.</summary>
    public int Count => Values.Count;

    /// <summary>The values in ascending order.</summary>
    public IReadOnlyList<double> Sorted() => [.. Values.Order()];

    /// <summary>Where they came from, e.g. "orders.csv rows 2-119 (column value, industry = 3c; 41 values)".</summary>
    public string Provenance()
        => $"{Fitting.Provenance.Rows(Sources)} ({Description}; {FitText.Whole(Count)} values)";

    private static IReadOnlyList<double> CheckValues(IReadOnlyList<double> values)
    {
        Preconditions.NotEmpty(values);
        Preconditions.EachFinite(values, nameof(Values));

        return values.ToArray();
    }
}
