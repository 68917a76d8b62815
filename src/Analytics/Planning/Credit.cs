namespace Analytics.Planning;

/// <summary>How a person is credited with a target.</summary>
public enum Credit
{
    /// <summary>The person owns the target: every target leaf has exactly one owner, so owner credit adds up to the company target.</summary>
    Owner,

    /// <summary>Shared credit on top of the owner's (a regional manager on an industry's regional target, the director on the whole): it makes personal targets add up to more than the company's.</summary>
    Overlay,
}
