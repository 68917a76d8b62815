namespace Analytics.Funnel;

/// <summary>Where qualified leads come from (the seed's "展會獲客 + 渠道裂變 + 老客轉介紹").</summary>
public enum LeadKind
{
    /// <summary>An industry trade show.</summary>
    TradeShow,

    /// <summary>Equipment integrators and machine builders we sell through or with.</summary>
    Integrator,

    /// <summary>Referred by an existing customer (rewarded with a share of the order).</summary>
    Referral,

    /// <summary>Brought in by a channel partner.</summary>
    Channel,

    /// <summary>Anything else (web, cold calls, ...).</summary>
    Other,
}
