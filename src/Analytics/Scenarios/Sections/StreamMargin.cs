using Analytics.Common;

namespace Analytics.Scenarios.Sections;

/// <summary>The gross margin of one stream's revenue (the scenario's <c>margins</c> section).</summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="GrossMargin">Gross margin as a fraction of revenue: in [0, 1] (0.35 means 35%).</param>
public sealed record StreamMargin(string Stream, double GrossMargin)
{
    /// <summary>The stream's name (validated: not blank).</summary>
    public string Stream { get; init; } = Preconditions.NotBlank(Stream);

    /// <summary>The gross margin (validated: in [0, 1]).</summary>
    public double GrossMargin { get; init; } = Preconditions.Probability(GrossMargin);
}
