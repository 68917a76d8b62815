namespace Analytics.Funnel;

/// <summary>How a required lead-to-win rate compares with typical B2B rates.</summary>
public enum ConversionVerdict
{
    /// <summary>Below the typical range: the target asks little of the leads.</summary>
    BelowTypical,

    /// <summary>Within the typical range.</summary>
    Typical,

    /// <summary>Above the typical range: a warning, the target needs more leads or a better rate than usual.</summary>
    AboveTypical,

    /// <summary>More wins than leads (a rate above 100%), or no leads at all for a positive target.</summary>
    Impossible,
}
