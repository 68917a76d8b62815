using Analytics.Common;

namespace Analytics.Funnel;

/// <summary>
/// The range of lead-to-win rates considered typical in B2B; default 5%-20% (shared/notes/models.md;
/// the plan's typical_win_rate_max is the upper end).
/// </summary>
public sealed record ConversionBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="low">The lowest typical rate, in [0, 1]; default 0.05.</param>
    /// <param name="high">The highest typical rate, in [low, 1]; default 0.20.</param>
    public ConversionBand(double low = 0.05, double high = 0.20)
    {
        Low = Preconditions.Probability(low);
        High = Preconditions.InRange(high, low, 1.0);
    }

    /// <summary>The typical B2B band, 5%-20%.</summary>
    public static ConversionBand Typical { get; } = new();

    /// <summary>The lowest typical rate.</summary>
    public double Low { get; }

    /// <summary>The highest typical rate.</summary>
    public double High { get; }

    /// <summary>The verdict on <paramref name="rate"/> (null: no leads for a positive target).</summary>
    public ConversionVerdict Judge(double? rate)
        => rate switch
        {
            null => ConversionVerdict.Impossible,
            > 1.0 => ConversionVerdict.Impossible,
            var r when r > High => ConversionVerdict.AboveTypical,
            var r when r < Low => ConversionVerdict.BelowTypical,
            _ => ConversionVerdict.Typical,
        };
}
