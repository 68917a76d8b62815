namespace Analytics.Planning;

/// <summary>How an incentive's value is expressed.</summary>
public enum IncentiveKind
{
    /// <summary>A fraction of some base (order value, channel sales, bonus weight).</summary>
    Rate,

    /// <summary>A count per period (e.g. training sessions a month).</summary>
    Count,

    /// <summary>A fixed amount, 萬元.</summary>
    Amount,
}
