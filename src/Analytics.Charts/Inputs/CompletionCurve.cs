using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>P(annual target) against year-to-date completion after one quarter (completion = revenue so far over the plan's target so far).</summary>
/// <param name="Name">The curve's name, e.g. "after Q1".</param>
/// <param name="Completion">Completion at each point (e.g. a bin's middle), ascending, at least one.</param>
/// <param name="Probability">P(annual target) at each point, 0-1.</param>
public sealed record CompletionCurve(BilingualText Name, IReadOnlyList<double> Completion, IReadOnlyList<double> Probability)
{
    /// <summary>The name.</summary>
    public BilingualText Name { get; } = Preconditions.NotNull(Name);

    /// <summary>Completion, ascending, finite, non-negative.</summary>
    public IReadOnlyList<double> Completion { get; } = Ascending(Completion);

    /// <summary>P(annual target) at each point, 0-1.</summary>
    public IReadOnlyList<double> Probability { get; } = Probabilities(Probability, Completion.Count);

    private static IReadOnlyList<double> Ascending(IReadOnlyList<double> values)
    {
        ChartInputChecks.NonNegativeSeries(Preconditions.NotEmpty(values), values.Count, nameof(Completion));
        for (var i = 1; i < values.Count; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw new ArgumentException($"Completion must ascend; {values[i]} follows {values[i - 1]}.", nameof(Completion));
            }
        }

        return values;
    }

    private static IReadOnlyList<double> Probabilities(IReadOnlyList<double> values, int count)
    {
        ChartInputChecks.Series(values, count, nameof(Probability));
        foreach (var p in values)
        {
            Preconditions.Probability(p, nameof(Probability));
        }

        return values;
    }
}
