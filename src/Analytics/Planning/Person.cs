using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A member of the sales team (people.csv).</summary>
/// <param name="Id">Identifier referenced by assignments and partners.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Role">The person's role (people.csv names its id; see <see cref="Planning.Role"/>).</param>
/// <param name="IndustryId">The industry the person covers (required for an industry manager), else null.</param>
/// <param name="RegionId">The region the person covers (required for a regional manager), else null.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Person(string Id, string NameZh, string NameEn, Role Role, string? IndustryId, string? RegionId, SourceLocation Source)
{
    /// <summary>Identifier.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Chinese name.</summary>
    public string NameZh { get; } = Preconditions.NotBlank(NameZh);

    /// <summary>English name.</summary>
    public string NameEn { get; } = Preconditions.NotBlank(NameEn);

    /// <summary>The person's role.</summary>
    public Role Role { get; } = Preconditions.NotNull(Role);
}
