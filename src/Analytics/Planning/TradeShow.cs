using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A trade show and the qualified leads it should bring (trade_shows.csv).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="IndustryId">The industry it addresses.</param>
/// <param name="QualifiedLeads">Qualified leads expected (&gt;= 0).</param>
/// <param name="Month">Month of the show, 1-12.</param>
/// <param name="Cost">Cost, 萬元.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record TradeShow(string Id, string NameZh, string NameEn, string IndustryId, int QualifiedLeads, int Month, decimal Cost, SourceLocation Source)
{
    /// <summary>Qualified leads expected.</summary>
    public int QualifiedLeads { get; } = Preconditions.NonNegative(QualifiedLeads);

    /// <summary>Month of the show, 1-12.</summary>
    public int Month { get; } = Preconditions.InRange(Month, 1, 12);

    /// <summary>Cost, 萬元.</summary>
    public decimal Cost { get; } = Preconditions.NonNegative(Cost);
}
