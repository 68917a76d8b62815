namespace Analytics.Fitting;

/// <summary>
/// The trigamma function ψ'(x) = d²/dx² ln Γ(x) for x &gt; 0 (MathNet has the digamma but not its
/// derivative): the recurrence ψ'(x) = ψ'(x + 1) + 1/x² up to x &gt;= 6, then the asymptotic series
/// 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹), accurate to about 1e-12 there.
/// </summary>
internal static class Trigamma
{
    /// <summary>ψ'(<paramref name="x"/>), x &gt; 0.</summary>
    public static double Of(double x)
    {
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be > 0.");
        }

        var sum = 0.0;
        while (x < 6)
        {
            sum += 1 / (x * x);
            x += 1;
        }

        var r = 1 / x;
        var r2 = r * r;
        return sum + r + (r2 / 2) + (r * r2 * ((1.0 / 6) - (r2 * ((1.0 / 30) - (r2 * ((1.0 / 42) - (r2 / 30)))))));
    }
}
