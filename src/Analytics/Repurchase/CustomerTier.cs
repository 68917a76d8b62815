namespace Analytics.Repurchase;

/// <summary>The seed's value tiers of existing customers.</summary>
public enum CustomerTier
{
    /// <summary>High value: one-to-one account management, monthly visits.</summary>
    A,

    /// <summary>Potential: served through online technical communities.</summary>
    B,

    /// <summary>Ordinary: served by channel partners.</summary>
    C,
}
