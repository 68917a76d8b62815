using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// A role of the sales team (roles.csv, or one of the <see cref="BuiltIn"/> roles when the plan has
/// no roles.csv). people.csv's <c>role</c> names a role id. Roles are shown by their names, never by
/// their kind.
/// </summary>
/// <param name="Id">Identifier people.csv refers to.</param>
/// <param name="NameZh">Chinese name, e.g. 區域經理.</param>
/// <param name="NameEn">English name, e.g. Regional manager.</param>
/// <param name="Kind">What the role means to the audit.</param>
/// <param name="Source">Where the row was read (none for a built-in role).</param>
public sealed record Role(string Id, string NameZh, string NameEn, RoleKind Kind, SourceLocation Source)
{
    /// <summary>Identifier.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Chinese name.</summary>
    public string NameZh { get; } = Preconditions.NotBlank(NameZh);

    /// <summary>English name.</summary>
    public string NameEn { get; } = Preconditions.NotBlank(NameEn);

    /// <summary>Where the row was read.</summary>
    public SourceLocation Source { get; } = Source ?? SourceLocation.None;

    /// <summary>Whether people in the role manage a target (director, industry or regional manager, key account): such a person without a target is an audit error.</summary>
    public bool IsManager => Kind is RoleKind.Director or RoleKind.IndustryManager or RoleKind.RegionalManager or RoleKind.KeyAccount;

    /// <summary>The words of the <c>kind</c> column of roles.csv.</summary>
    public static IReadOnlyDictionary<string, RoleKind> KindWords { get; } = new Dictionary<string, RoleKind>(StringComparer.Ordinal)
    {
        ["director"] = RoleKind.Director,
        ["industry_manager"] = RoleKind.IndustryManager,
        ["regional_manager"] = RoleKind.RegionalManager,
        ["channel_specialist"] = RoleKind.ChannelSpecialist,
        ["key_account"] = RoleKind.KeyAccount,
        ["other"] = RoleKind.Other,
    };

    /// <summary>
    /// The roles a plan without roles.csv has: the seed's four, with ids director, industry_manager,
    /// regional_manager and channel_specialist.
    /// </summary>
    public static IReadOnlyList<Role> BuiltIn { get; } =
    [
        new("director", "銷售總監", "Sales director", RoleKind.Director, SourceLocation.None),
        new("industry_manager", "行業經理", "Industry manager", RoleKind.IndustryManager, SourceLocation.None),
        new("regional_manager", "區域經理", "Regional manager", RoleKind.RegionalManager, SourceLocation.None),
        new("channel_specialist", "渠道專員", "Channel specialist", RoleKind.ChannelSpecialist, SourceLocation.None),
    ];

    /// <summary>The built-in role with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No built-in role has that id.</exception>
    public static Role BuiltInRole(string id)
        => BuiltIn.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"No built-in role \"{id}\"; the built-in roles are {string.Join(", ", BuiltIn.Select(r => r.Id))}.");

    /// <summary>The role's name in both languages.</summary>
    public BilingualText Name => new(NameZh, NameEn);
}
