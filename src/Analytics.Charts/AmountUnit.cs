namespace Analytics.Charts;

/// <summary>The unit amounts are shown in. Results arrive in 萬元 (10,000 CNY), the seed's unit.</summary>
public enum AmountUnit
{
    /// <summary>萬元 (10,000 CNY), as the plan states its figures (the default).</summary>
    WanYuan,

    /// <summary>Millions of CNY (1 million = 100 萬元), for readers outside China.</summary>
    MillionYuan,
}
