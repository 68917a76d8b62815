using Analytics.Scenarios.Editing;
using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The triangular family, θ = (min, mode, max). For given ends the likelihood is largest with the
/// mode at one of the observations (Oliver 1972), so the mode is profiled out over the order
/// statistics and the ends are searched (Nelder-Mead) below the smallest and above the largest
/// observation, as min = x(1) − r·e^u and max = x(n) + r·e^v with r the sample's range. A bounded
/// family: its ends move with the data, so its standard errors come from the bootstrap only.
/// </summary>
public sealed class TriangularFamily : FitFamily
{
    // The ends stay within [1e-9, 1e3] ranges of the sample: beyond, the search has run off.
    private const double MinLogGap = -20.7;
    private const double MaxLogGap = 6.9;

    /// <inheritdoc />
    public override string Name => "triangular";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["min", "mode", "max"];

    /// <inheritdoc />
    public override bool RequiresPositive => false;

    /// <inheritdoc />
    public override bool IsRegular => false;

    /// <inheritdoc />
    public override string Method => "the mode profiled over the observations (Oliver 1972), the ends below and above the sample by Nelder-Mead";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var x = sorted.ToArray();
        var range = x[^1] - x[0];
        if (!(range > 0))
        {
            throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
        }

        double Objective(double[] p) => p[0] < MinLogGap || p[0] > MaxLogGap || p[1] < MinLogGap || p[1] > MaxLogGap
            ? double.MaxValue
            : -Profile(x, x[0] - (range * Math.Exp(p[0])), x[^1] + (range * Math.Exp(p[1]))).LogLikelihood;

        var best = SimplexSearch.Minimize(Objective, [[Math.Log(0.05), Math.Log(0.05)], [Math.Log(0.5), Math.Log(0.5)], [-8, Math.Log(0.2)], [Math.Log(0.2), -8]]);
        var (min, max) = (x[0] - (range * Math.Exp(best[0])), x[^1] + (range * Math.Exp(best[1])));
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

    /// <inheritdoc />
    public override string Snippet(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return ScenarioNumber.Distribution(Name, ("min", theta[0]), ("mode", theta[1]), ("max", theta[2]));
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
