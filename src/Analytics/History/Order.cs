using Analytics.Common;

namespace Analytics.History;

/// <summary>One order booked in the company's history.</summary>
/// <param name="Id">The order's id.</param>
/// <param name="Year">The year it was booked, 1900-2999.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Line">The business line (repurchase, new_customers, ...).</param>
/// <param name="Industry">The customer's industry.</param>
/// <param name="Customer">The customer's id.</param>
/// <param name="Value">The order's value, 萬元, &gt; 0.</param>
public sealed record Order(string Id, int Year, int Month, string Line, string Industry, string Customer, decimal Value)
{
    /// <summary>The id (not blank).</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>The year (validated: 1900-2999).</summary>
    public int Year { get; } = Preconditions.InRange(Year, 1900, 2999);

    /// <summary>The month (validated: 1-12).</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, 12);

    /// <summary>The line (not blank).</summary>
    public string Line { get; } = Preconditions.NotBlank(Line);

    /// <summary>The industry (not blank).</summary>
    public string Industry { get; } = Preconditions.NotBlank(Industry);

    /// <summary>The customer (not blank).</summary>
    public string Customer { get; } = Preconditions.NotBlank(Customer);

    /// <summary>The value (validated: &gt; 0).</summary>
    public decimal Value { get; } = Preconditions.Positive(Value);
}
