using Analytics.Common;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// The optional parts of a scenario that only the analyses read (split ratios, the quarterly
/// rule, budget): how streams answer effort, their margins, the timing of the year, the rule and
/// its policy, and what the budget buys. Each is empty or null when the file leaves it out, and
/// the analyses that need it say so.
/// </summary>
/// <param name="Response">Per stream, its answer to effort (empty, or one per stream).</param>
/// <param name="Margins">Per stream, its gross margin (empty, or one per stream).</param>
/// <param name="Phasing">The timing of the year, or null.</param>
/// <param name="Trigger">The quarterly rule and its policy, or null.</param>
/// <param name="Budget">The budget lines (may be empty).</param>
public sealed record AnalysisSections(
    IReadOnlyList<StreamResponse> Response,
    IReadOnlyList<StreamMargin> Margins,
    PhasingSpec? Phasing,
    TriggerSpec? Trigger,
    IReadOnlyList<BudgetItem> Budget)
{
    /// <summary>No optional section.</summary>
    public static AnalysisSections None { get; } = new([], [], null, null, []);

    /// <summary>Per-stream response (validated: unique streams).</summary>
    public IReadOnlyList<StreamResponse> Response { get; init; } = Preconditions.UniqueKeys(Preconditions.NotNull(Response), r => r.Stream);

    /// <summary>Per-stream margins (validated: unique streams).</summary>
    public IReadOnlyList<StreamMargin> Margins { get; init; } = Preconditions.UniqueKeys(Preconditions.NotNull(Margins), m => m.Stream);

    /// <summary>Budget lines (validated: unique ids).</summary>
    public IReadOnlyList<BudgetItem> Budget { get; init; } = Preconditions.UniqueKeys(Preconditions.NotNull(Budget), b => b.Id);

    /// <summary>The gross margin of <paramref name="stream"/>, or null when no margins are given.</summary>
    public double? MarginOf(string stream) => Margins.FirstOrDefault(m => m.Stream == stream)?.GrossMargin;

    /// <summary>The response of <paramref name="stream"/>, or null when none is given.</summary>
    public StreamResponse? ResponseOf(string stream) => Response.FirstOrDefault(r => r.Stream == stream);
}
