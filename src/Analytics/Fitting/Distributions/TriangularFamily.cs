using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The triangular family, θ = (min, mode, max). For given ends the likelihood is largest with the
/// mode at one of the observations (Oliver 1972), so the mode is profiled out over the order
/// statistics and the ends are searched (Nelder-Mead) below the smallest and above the largest
/// observation (<see cref="BoundedFamily"/>).
/// </summary>
public sealed class TriangularFamily : BoundedFamily
{
    /// <inheritdoc />
    public override string Name => "triangular";

    /// <inheritdoc />
    public override string Method => "the mode profiled over the observations (Oliver 1972), the ends below and above the sample by Nelder-Mead";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var x = sorted.ToArray();
        var range = RangeOf(x);
        double Objective(double[] p) => Ends(x, range, p[0], p[1]) is { } ends ? -Profile(x, ends.Min, ends.Max).LogLikelihood : double.MaxValue;

        var best = SimplexSearch.Minimize(Objective, [[Math.Log(0.05), Math.Log(0.05)], [Math.Log(0.5), Math.Log(0.5)], [-8, Math.Log(0.2)], [Math.Log(0.2), -8]]);
        var (min, max) = Ends(x, range, best[0], best[1])!.Value;
        return [min, Profile(x, min, max).Mode, max];
    }

    /// <inheritdoc />
    public override double LogDensity(double[] theta, double x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (min, mode, max) = (theta[0], theta[1], theta[2]);
        if (!(min < max) || mode < min || mode > max || x < min || x > max)
        {
            return double.NegativeInfinity;
        }

        return x < mode
            ? Math.Log(2 * (x - min) / ((max - min) * (mode - min)))
            : x > mode ? Math.Log(2 * (max - x) / ((max - min) * (max - mode))) : Math.Log(2 / (max - min));
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new Triangular(theta[0], theta[1], theta[2]);
    }

    // The best mode among the observations for ends (a, b), with its log-likelihood: with the mode
    // at x[k], the k values below it rise from a and the rest fall to b. Prefix sums make it O(n).
    private static (double Mode, double LogLikelihood) Profile(double[] x, double a, double b)
    {
        var n = x.Length;
        var below = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            below[i + 1] = below[i] + Math.Log(x[i] - a);
        }

        var above = 0.0;
        var aboveFrom = new double[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            above += Math.Log(b - x[i]);
            aboveFrom[i] = above;
        }

        var common = n * (Math.Log(2) - Math.Log(b - a));
        var (mode, best) = (x[0], double.NegativeInfinity);
        for (var k = 0; k < n; k++)
        {
            var ll = common + below[k] - (k * Math.Log(x[k] - a)) + aboveFrom[k] - ((n - k) * Math.Log(b - x[k]));
            if (ll > best)
            {
                (mode, best) = (x[k], ll);
            }
        }

        return (mode, best);
    }
}
