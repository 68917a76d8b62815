using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A member of the sales team (people.csv).</summary>
/// <param name="Id">Identifier referenced by assignments and partners.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Role">The person's role.</param>
/// <param name="IndustryId">The industry an industry manager covers, else null.</param>
/// <param name="RegionId">The region a regional manager covers, else null.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Person(string Id, string NameZh, string NameEn, PersonRole Role, string? IndustryId, string? RegionId, SourceLocation Source)
{
    /// <summary>Identifier.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Chinese name.</summary>
    public string NameZh { get; } = Preconditions.NotBlank(NameZh);

    /// <summary>English name.</summary>
    public string NameEn { get; } = Preconditions.NotBlank(NameEn);
}
