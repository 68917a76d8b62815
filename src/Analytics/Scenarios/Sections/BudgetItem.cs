using Analytics.Common;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// One line of the marketing budget and what it buys (the scenario's <c>budget</c> section): the
/// parts of the revenue that come through it, each as a share of a component's (or a stream's)
/// per-trial revenue, e.g. trade shows buy the fair leads' share of each industry's leads. A line
/// that buys nothing attributable (training, a reserve) has no attributions and says why in
/// <see cref="Note"/>. Attributions are sourcing, not causation: revenue that came through a line,
/// not revenue the money added; lines may overlap (a fair lead handed to a partner).
/// </summary>
/// <param name="Id">The line's id, e.g. "tradeShows".</param>
/// <param name="Amount">What the line spends, 萬元 (&gt; 0).</param>
/// <param name="Buys">The revenue attributed to it (may be empty).</param>
/// <param name="Note">Free text (why nothing is attributable, where the shares come from), or null.</param>
public sealed record BudgetItem(string Id, double Amount, IReadOnlyList<BudgetAttribution> Buys, string? Note)
{
    /// <summary>The id (validated: not blank).</summary>
    public string Id { get; init; } = Preconditions.NotBlank(Id);

    /// <summary>The amount, 萬元 (validated: &gt; 0).</summary>
    public double Amount { get; init; } = Preconditions.Positive(Amount);

    /// <summary>The attributions (validated: not null).</summary>
    public IReadOnlyList<BudgetAttribution> Buys { get; init; } = Preconditions.NotNull(Buys);

    /// <summary>Whether any revenue is attributed to the line.</summary>
    public bool IsAttributable => Buys.Count > 0;
}

/// <summary>A share of one component's (or stream's) per-trial revenue attributed to a budget line.</summary>
/// <param name="Source">A component's path ("newCustomers.3c") or a stream's name.</param>
/// <param name="Share">The attributed share: in [0, 1].</param>
public sealed record BudgetAttribution(string Source, double Share)
{
    /// <summary>The source (validated: not blank).</summary>
    public string Source { get; init; } = Preconditions.NotBlank(Source);

    /// <summary>The share (validated: in [0, 1]).</summary>
    public double Share { get; init; } = Preconditions.Probability(Share);
}
