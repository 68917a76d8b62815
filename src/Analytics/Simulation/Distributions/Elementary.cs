namespace Analytics.Simulation.Distributions;

/// <summary>
/// exp(x) − 1 and ln(1 + x) accurate near 0 (Kahan's compensations, a few ulp). The BCL has no
/// accurate versions, and MathNet 5's Expm1 loses about 8 digits near x = −0.05.
/// </summary>
internal static class Elementary
{
    /// <summary>exp(x) − 1 without cancellation for small |x|.</summary>
    public static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + x) without cancellation for small |x| (x &gt; −1).</summary>
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
