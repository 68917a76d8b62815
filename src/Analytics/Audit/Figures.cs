namespace Analytics.Audit;

/// <summary>
/// How precisely the audit reads the plan's written figures: a share or amount stands for the range
/// its last written digit allows. (The audit writes figures with <see cref="Common.Formats.PlainAmount"/>
/// and <see cref="Common.Formats.PlainPercent"/>.)
/// </summary>
internal static class Figures
{
    /// <summary>
    /// How far an amount may be from share x base before they disagree: half a unit of the share's
    /// last written digit (0.28 stands for anything in [0.275, 0.285)), times the base.
    /// </summary>
    public static decimal ShareTolerance(decimal share, decimal @base)
        => @base * HalfLastDigit(share);

    /// <summary>
    /// How far a written amount may be from an exact figure: a whole number is taken as exact, an
    /// amount with decimals (466.67 for 1400 / 3) as rounded to its last written digit.
    /// </summary>
    public static decimal RoundingTolerance(decimal amount) => amount.Scale == 0 ? 0 : HalfLastDigit(amount);

    /// <summary>
    /// How far shares may add up from 100%: half a unit of the finest written digit. Shares that
    /// each stand for a rounded value must still be rounded to add up (largest remainder does).
    /// </summary>
    public static decimal ShareSumTolerance(IEnumerable<decimal> shares) => HalfLastDigit(shares.MaxBy(s => s.Scale));

    private static decimal HalfLastDigit(decimal value) => 0.5m / Pow10(value.Scale);

    /// <summary>10 to the power <paramref name="exponent"/> (&gt;= 0), exactly.</summary>
    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
