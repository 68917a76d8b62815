using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A sales region, the territory of one regional manager (regions.csv).</summary>
/// <param name="Id">Identifier referenced by targets, people, partners and customers.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="AreasZh">The provinces or areas it covers, as the seed names them.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Region(string Id, string NameZh, string NameEn, string AreasZh, SourceLocation Source)
{
    /// <summary>Identifier.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Chinese name.</summary>
    public string NameZh { get; } = Preconditions.NotBlank(NameZh);

    /// <summary>English name.</summary>
    public string NameEn { get; } = Preconditions.NotBlank(NameEn);
}
