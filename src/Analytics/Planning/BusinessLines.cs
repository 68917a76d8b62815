namespace Analytics.Planning;

/// <summary>
/// The words of targets.csv's <c>kind</c> column and the historical line ids. A line row names its
/// kind; a line without one whose id is one of the three historical ids (<see cref="Repurchase"/>,
/// <see cref="NewCustomers"/>, <see cref="NewProduct"/>, the seed's three business types) gets that
/// kind, so older plan folders load unchanged. Code that needs a line asks the plan for the lines of
/// a kind (<see cref="SalesPlan.LinesOf"/>), never for these ids.
/// </summary>
public static class BusinessLines
{
    /// <summary>The historical id of the existing-customer repurchase line (kind <see cref="LineKind.Repurchase"/> by default).</summary>
    public const string Repurchase = "repurchase";

    /// <summary>The historical id of the new-customer line (kind <see cref="LineKind.NewCustomers"/> by default).</summary>
    public const string NewCustomers = "new_customers";

    /// <summary>The historical id of the new-product line (kind <see cref="LineKind.NewProduct"/> by default).</summary>
    public const string NewProduct = "new_product";

    /// <summary>The fewest business lines a plan may have.</summary>
    public const int MinLines = 2;

    /// <summary>The most business lines a plan may have.</summary>
    public const int MaxLines = 8;

    /// <summary>The words of the <c>kind</c> column, in the order the documentation lists them.</summary>
    public static IReadOnlyDictionary<string, LineKind> KindWords { get; } = new Dictionary<string, LineKind>(StringComparer.Ordinal)
    {
        ["repurchase"] = LineKind.Repurchase,
        ["new_customers"] = LineKind.NewCustomers,
        ["new_product"] = LineKind.NewProduct,
        ["other"] = LineKind.Other,
    };

    /// <summary>The word a kind is written as in targets.csv, e.g. "new_product".</summary>
    public static string WordOf(LineKind kind) => KindWords.First(p => p.Value == kind).Key;

    /// <summary>The kind a line with <paramref name="id"/> and no stated kind has: the historical ids' own kinds, null for any other id.</summary>
    public static LineKind? DefaultKind(string id) => id switch
    {
        Repurchase => LineKind.Repurchase,
        NewCustomers => LineKind.NewCustomers,
        NewProduct => LineKind.NewProduct,
        _ => null,
    };
}
