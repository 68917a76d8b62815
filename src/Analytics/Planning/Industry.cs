using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A target industry (industries.csv).</summary>
/// <param name="Id">Identifier referenced by targets, people and partners.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="AverageOrder">Average first order of a new customer, 萬元 (&gt; 0).</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Industry(string Id, string NameZh, string NameEn, decimal AverageOrder, SourceLocation Source)
{
    /// <summary>Validated: the id and names non-blank, the average order positive.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Chinese name.</summary>
    public string NameZh { get; } = Preconditions.NotBlank(NameZh);

    /// <summary>English name.</summary>
    public string NameEn { get; } = Preconditions.NotBlank(NameEn);

    /// <summary>Average first order of a new customer, 萬元.</summary>
    public decimal AverageOrder { get; } = Preconditions.Positive(AverageOrder);
}
