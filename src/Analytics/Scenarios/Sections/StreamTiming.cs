using Analytics.Common;
using Analytics.Simulation.Distributions;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// When in the year one stream's revenue books (part of the scenario's <c>phasing</c> section).
/// In each trial the stream's annual revenue is spread over the months by weights drawn from a
/// Dirichlet distribution centred on the plan's monthly shares (renormalised over the months
/// from <see cref="FirstMonth"/> on): the larger <see cref="Concentration"/>, the closer each
/// trial keeps to the plan's timing (the sd of a month's weight w is about sqrt(w(1 − w)/(κ + 1))).
/// </summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="Concentration">κ &gt; 0, or null for no timing uncertainty (the plan's shares exactly).</param>
/// <param name="FirstMonth">The first month (1-12) in which the stream can book, drawn once per trial, or null for January; e.g. a new product's first benchmark win.</param>
public sealed record StreamTiming(string Stream, double? Concentration, CountDistribution? FirstMonth)
{
    /// <summary>The stream's name (validated: not blank).</summary>
    public string Stream { get; init; } = Preconditions.NotBlank(Stream);

    /// <summary>κ (validated: finite and &gt; 0 when given).</summary>
    public double? Concentration { get; init; } = Concentration is { } k ? Preconditions.Positive(k, nameof(Concentration)) : null;

    /// <summary>The first month (validated: values in 1..12 when given).</summary>
    public CountDistribution? FirstMonth { get; init; } = FirstMonth is { } f && (f.MinimumCount < 1 || f.MaximumCount > 12)
        ? throw new ArgumentOutOfRangeException(nameof(FirstMonth), $"FirstMonth must take values in 1..12; was {f} with values in [{f.MinimumCount}, {f.MaximumCount}].")
        : FirstMonth;
}
