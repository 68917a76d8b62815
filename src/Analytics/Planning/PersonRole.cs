namespace Analytics.Planning;

/// <summary>The roles of the seed's sales team.</summary>
public enum PersonRole
{
    /// <summary>Sales director: accountable for the whole target.</summary>
    Director,

    /// <summary>Industry sales manager: one industry's target.</summary>
    IndustryManager,

    /// <summary>Regional sales manager: a region's existing customers and new business.</summary>
    RegionalManager,

    /// <summary>Channel specialist: recruits, trains and carries channel partners.</summary>
    ChannelSpecialist,
}
