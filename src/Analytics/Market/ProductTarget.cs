using Analytics.Common;

namespace Analytics.Market;

/// <summary>One new-product line's planned sales, named as the plan names the line, so the growth bridge can show one step per product.</summary>
/// <param name="Line">The line's id (its targets.csv id).</param>
/// <param name="Name">The line's names (targets.csv name_zh, name_en).</param>
/// <param name="Amount">The line's target after decomposition, 萬元, &gt;= 0.</param>
public sealed record ProductTarget(string Line, BilingualText Name, decimal Amount)
{
    /// <summary>The line's id (not blank).</summary>
    public string Line { get; } = Preconditions.NotBlank(Line);

    /// <summary>The line's names.</summary>
    public BilingualText Name { get; } = Preconditions.NotNull(Name);

    /// <summary>The line's target, 萬元 (&gt;= 0).</summary>
    public decimal Amount { get; } = Preconditions.NonNegative(Amount);
}
