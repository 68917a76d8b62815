namespace Analytics.Planning;

/// <summary>
/// What a business line is, whatever its id: the models, audit rules and analyses that need to know
/// which line is which ask for the lines of a kind (targets.csv column <c>kind</c>, see
/// <see cref="BusinessLines"/> for the words and the defaults).
/// </summary>
public enum LineKind
{
    /// <summary>Existing-customer repurchase: renewals, maintenance and upgrades (file word <c>repurchase</c>).</summary>
    Repurchase,

    /// <summary>New-customer development (file word <c>new_customers</c>).</summary>
    NewCustomers,

    /// <summary>A new product; each new-product line has its own benchmark facts and margin uplift (file word <c>new_product</c>).</summary>
    NewProduct,

    /// <summary>Any other line, e.g. services or spare parts (file word <c>other</c>).</summary>
    Other,
}
