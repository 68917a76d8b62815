namespace Analytics.Planning;

/// <summary>
/// What a role means to the audit, whatever the role is called (roles.csv column <c>kind</c>; the
/// words are <see cref="Role.KindWords"/>).
/// </summary>
public enum RoleKind
{
    /// <summary>Sales director: accountable for the whole target (a manager: needs a target).</summary>
    Director,

    /// <summary>Industry manager: one industry's target (a manager; needs an industry in people.csv).</summary>
    IndustryManager,

    /// <summary>Regional manager: a region's existing customers and new business (a manager; needs a region in people.csv).</summary>
    RegionalManager,

    /// <summary>Channel specialist: recruits, trains and carries channel partners (the only kind that may carry a partner without a warning).</summary>
    ChannelSpecialist,

    /// <summary>Key-account manager: a set of large accounts (a manager: needs a target).</summary>
    KeyAccount,

    /// <summary>Any other role: totalled under its own name, no audit meaning.</summary>
    Other,
}
