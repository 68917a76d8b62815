namespace Analytics.Planning;

/// <summary>
/// The ids of the three business types of the seed's method. The models, scenarios and audit
/// rules that need to know which line is which (e.g. channel partners carry a share of the
/// new-customer line) look them up by these ids.
/// </summary>
public static class BusinessLines
{
    /// <summary>Existing-customer repurchase (renewals, maintenance and upgrades).</summary>
    public const string Repurchase = "repurchase";

    /// <summary>New-customer development.</summary>
    public const string NewCustomers = "new_customers";

    /// <summary>The new product.</summary>
    public const string NewProduct = "new_product";
}
