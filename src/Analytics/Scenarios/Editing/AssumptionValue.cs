using Analytics.Common;

namespace Analytics.Scenarios.Editing;

/// <summary>
/// A fitted value to write into a scenario file as a labelled assumption: the JSON that replaces the
/// addressed value and the line the label's comment carries (where it came from and its fit).
/// </summary>
/// <param name="Json">The new value as the scenario writes it, e.g. <c>{ "dist": "beta", "a": 16.2, "b": 88.1 }</c>.</param>
/// <param name="Summary">What the comment says after the label, e.g. "fitted from leads.csv rows 2-37: beta-binomial a 16.2, b 88.1 ...".</param>
public sealed record AssumptionValue(string Json, string Summary)
{
    /// <summary>The new value (not blank).</summary>
    public string Json { get; } = Preconditions.NotBlank(Json);

    /// <summary>The comment's text (not blank, one line).</summary>
    public string Summary { get; } = Preconditions.NotBlank(Summary).Contains('\n', StringComparison.Ordinal)
        ? throw new ArgumentException("Summary must be one line.", nameof(Summary))
        : Summary;

    /// <summary>
    /// For a value written into a section rather than at one value (the seasonality fit into
    /// <c>phasing</c>): the key of the member written, e.g. "months", which replaces the section's member
    /// named one of <see cref="Replaces"/> (e.g. "quarters" or "months"). Null (the default) to replace the addressed value itself.
    /// </summary>
    public string? MemberKey { get; init; }

    /// <summary>The members of the section that <see cref="MemberKey"/> replaces, e.g. ["quarters", "months"].</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];
}
