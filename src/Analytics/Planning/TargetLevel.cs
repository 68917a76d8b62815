namespace Analytics.Planning;

/// <summary>The level of a node in the target tree, from the company down.</summary>
public enum TargetLevel
{
    /// <summary>The company's annual target (the root).</summary>
    Company,

    /// <summary>A business type: existing-customer repurchase, new customers, new product.</summary>
    Line,

    /// <summary>An industry within a business type.</summary>
    Industry,

    /// <summary>A region within an industry or a business type.</summary>
    Region,
}
