using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>
/// A goal seek as the chart draws it: P(hit) at points of one lever's range (with their 95%
/// intervals), the required level, and where the lever stands today and where it would have to be.
/// </summary>
/// <param name="Lever">The lever's name.</param>
/// <param name="Values">Lever values, ascending, at least two.</param>
/// <param name="Probabilities">P(hit) at each value, 0-1.</param>
/// <param name="Lower95">The lower ends of their 95% intervals, as the analysis computed them.</param>
/// <param name="Upper95">The upper ends of their 95% intervals.</param>
/// <param name="Required">The required P(hit), in (0, 1).</param>
/// <param name="Baseline">The lever's value today, or null.</param>
/// <param name="Solution">The value that reaches the required level, or null when out of reach.</param>
/// <param name="SolutionError">Its Monte Carlo standard error, or null.</param>
/// <param name="ValueFormat">The d3 format of lever values (".1%" for a rate, ",.0f" for a count; default "~g").</param>
public sealed record LeverCurve(
    BilingualText Lever,
    IReadOnlyList<double> Values,
    IReadOnlyList<double> Probabilities,
    IReadOnlyList<double> Lower95,
    IReadOnlyList<double> Upper95,
    double Required,
    double? Baseline = null,
    double? Solution = null,
    double? SolutionError = null,
    string ValueFormat = "~g")
{
    /// <summary>The lever's name.</summary>
    public BilingualText Lever { get; } = Preconditions.NotNull(Lever);

    /// <summary>Lever values, strictly ascending, at least two.</summary>
    public IReadOnlyList<double> Values { get; } = Ascending(Values);

    /// <summary>P(hit) at each value.</summary>
    public IReadOnlyList<double> Probabilities { get; } = Share(Probabilities, Values.Count, nameof(Probabilities));

    /// <summary>The intervals' lower ends, each at most its probability.</summary>
    public IReadOnlyList<double> Lower95 { get; } = Bound(Lower95, Probabilities, below: true, nameof(Lower95));

    /// <summary>The intervals' upper ends, each at least its probability.</summary>
    public IReadOnlyList<double> Upper95 { get; } = Bound(Upper95, Probabilities, below: false, nameof(Upper95));

    /// <summary>The required P(hit).</summary>
    public double Required { get; } = Preconditions.OpenProbability(Required);

    /// <summary>Today's value, finite, or null.</summary>
    public double? Baseline { get; } = Baseline is { } b ? Preconditions.Finite(b, nameof(Baseline)) : null;

    /// <summary>The value found, finite, or null.</summary>
    public double? Solution { get; } = Solution is { } s ? Preconditions.Finite(s, nameof(Solution)) : null;

    /// <summary>Its standard error, &gt;= 0, or null.</summary>
    public double? SolutionError { get; } = SolutionError is { } e ? Preconditions.NonNegative(e, nameof(SolutionError)) : null;

    /// <summary>The d3 format of lever values.</summary>
    public string ValueFormat { get; } = Preconditions.NotBlank(ValueFormat);

    private static IReadOnlyList<double> Ascending(IReadOnlyList<double> values)
    {
        Preconditions.NotNull(values, nameof(Values));
        if (values.Count < 2)
        {
            throw new ArgumentException($"Values needs at least two points; had {values.Count}.", nameof(Values));
        }

        ChartInputChecks.Series(values, values.Count, nameof(Values));
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw new ArgumentException($"Values must ascend; {values[i]} follows {values[i - 1]}.", nameof(Values));
            }
        }

        return values;
    }

    // An interval's end: finite, one per point, on the right side of its probability.
    private static IReadOnlyList<double> Bound(IReadOnlyList<double> ends, IReadOnlyList<double> probabilities, bool below, string name)
    {
        ChartInputChecks.Series(ends, probabilities.Count, name);
        for (var i = 0; i < ends.Count; i++)
        {
            if (below ? ends[i] > probabilities[i] : ends[i] < probabilities[i])
            {
                throw new ArgumentException($"{name}[{i}] = {ends[i]} is on the wrong side of its probability {probabilities[i]}.", name);
            }
        }

        return ends;
    }

    private static IReadOnlyList<double> Share(IReadOnlyList<double> values, int count, string name)
    {
        ChartInputChecks.Series(values, count, name);
        foreach (var p in values)
        {
            Preconditions.Probability(p, name);
        }

        return values;
    }
}
