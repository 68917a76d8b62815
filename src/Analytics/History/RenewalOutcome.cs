using Analytics.Common;

namespace Analytics.History;

/// <summary>Whether a customer due for renewal in a year renewed.</summary>
/// <param name="Customer">The customer's id.</param>
/// <param name="Tier">The customer's tier (A, B, C ...).</param>
/// <param name="DueYear">The year the renewal was due, 1900-2999.</param>
/// <param name="Renewed">Whether the customer renewed.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record RenewalOutcome(string Customer, string Tier, int DueYear, bool Renewed, SourceLocation Source)
{
    /// <summary>The customer (not blank).</summary>
    public string Customer { get; } = Preconditions.NotBlank(Customer);

    /// <summary>The tier (not blank).</summary>
    public string Tier { get; } = Preconditions.NotBlank(Tier);

    /// <summary>The due year (validated: 1900-2999).</summary>
    public int DueYear { get; } = Preconditions.InRange(DueYear, 1900, 2999);
}
