namespace Analytics.Planning;

/// <summary>The seed's customer tiers.</summary>
public enum CustomerTier
{
    /// <summary>High value: visited monthly by a sales manager.</summary>
    A,

    /// <summary>Potential: served through an online technical community.</summary>
    B,

    /// <summary>Ordinary: served through channel partners.</summary>
    C,
}
