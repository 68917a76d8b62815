using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One budget line and the revenue attributed to it per 萬元 spent (its mean and P10-P90), or nothing when none is attributable.</summary>
/// <param name="Line">The line's name.</param>
/// <param name="Amount">What it spends, 萬元, &gt; 0.</param>
/// <param name="PerUnit">Mean attributed revenue per 萬元 spent, or null when nothing is attributable.</param>
/// <param name="PerUnitP10">Its P10, or null.</param>
/// <param name="PerUnitP90">Its P90, or null.</param>
public sealed record BudgetReturn(BilingualText Line, double Amount, double? PerUnit, double? PerUnitP10, double? PerUnitP90)
{
    /// <summary>The line's name.</summary>
    public BilingualText Line { get; } = Preconditions.NotNull(Line);

    /// <summary>What it spends, 萬元.</summary>
    public double Amount { get; } = Preconditions.Positive(Amount);

    /// <summary>Mean per 萬元, &gt;= 0, or null.</summary>
    public double? PerUnit { get; } = PerUnit is { } v ? Preconditions.NonNegative(v, nameof(PerUnit)) : null;

    /// <summary>P10 per 萬元, or null; given together with <see cref="PerUnit"/> and at most it.</summary>
    public double? PerUnitP10 { get; } = Bound(PerUnitP10, PerUnit, nameof(PerUnitP10));

    /// <summary>P90 per 萬元, or null; given together with <see cref="PerUnit"/>.</summary>
    public double? PerUnitP90 { get; } = Bound(PerUnitP90, PerUnit, nameof(PerUnitP90));

    /// <summary>Whether anything is attributable to the line.</summary>
    public bool IsAttributable => PerUnit is not null;

    private static double? Bound(double? value, double? mean, string name)
    {
        if ((value is null) != (mean is null))
        {
            throw new ArgumentException($"{name} must be given exactly when PerUnit is.", name);
        }

        return value is { } v ? Preconditions.NonNegative(v, name) : null;
    }
}
