using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace Analytics.Fitting;

/// <summary>
/// The root of a monotone function on (0, ∞), bracketed by halving and doubling from a start (so the
/// search never leaves the positive half-line, where a family's shape lives) and then refined with
/// Brent's method.
/// </summary>
internal static class PositiveRoot
{
    /// <summary>The x &gt; 0 with f(x) = 0, f monotone (either way) with a sign change on (0, ∞).</summary>
    /// <exception cref="NonConvergenceException">No sign change between 1e-8 and 1e8 times the start.</exception>
    public static double Find(Func<double, double> f, double start, double relativeAccuracy = 1e-12)
    {
        var (lo, hi) = (start, start);
        var sign = Math.Sign(f(start));
        if (sign == 0)
        {
            return start;
        }

        // Walk outwards in the direction where the sign changes: one of the two ends must cross.
        for (var i = 0; i < 90 && Math.Sign(f(lo)) == sign && Math.Sign(f(hi)) == sign; i++)
        {
            (lo, hi) = (lo / 2, hi * 2);
        }

        if (Math.Sign(f(lo)) == sign && Math.Sign(f(hi)) == sign)
        {
            throw new NonConvergenceException(string.Create(CultureInfo.InvariantCulture, $"no root between {lo:G3} and {hi:G3}"));
        }

        var (a, b) = Math.Sign(f(lo)) != sign ? (lo, lo * 2) : (hi / 2, hi);
        if (Math.Sign(f(a)) == Math.Sign(f(b)))
        {
            (a, b) = (lo, hi);
        }

        return Brent.FindRoot(f, a, b, relativeAccuracy * b, 500);
    }
}
