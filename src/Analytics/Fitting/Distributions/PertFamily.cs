using Analytics.Simulation.Distributions;
using MathNet.Numerics;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The PERT family, θ = (min, mode, max): min + (max − min)·Beta(α, β) with α = 1 + 4(mode − min)/(max − min),
/// β = 1 + 4(max − mode)/(max − min). Maximum likelihood by Nelder-Mead over the ends
/// (<see cref="BoundedFamily"/>) and mode = min + (max − min)·logistic(w), from several modes.
/// </summary>
public sealed class PertFamily : BoundedFamily
{
    /// <inheritdoc />
    public override string Name => "pert";

    /// <inheritdoc />
    public override string Method => "Nelder-Mead over the ends (below and above the sample) and the mode's position between them";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var x = sorted.ToArray();
        var range = RangeOf(x);
        double[]? Theta(double[] p) => Ends(x, range, p[0], p[1]) is { } ends && Math.Abs(p[2]) <= 30
            ? [ends.Min, ends.Min + ((ends.Max - ends.Min) / (1 + Math.Exp(-p[2]))), ends.Max]
            : null;
        double Objective(double[] p) => Theta(p) is { } theta ? -LogLikelihood(theta, x) : double.MaxValue;

        var median = x[x.Length / 2];
        var position = Math.Clamp((median - x[0]) / range, 0.05, 0.95);
        double[][] starts = [.. new[] { position, 0.25, 0.75 }.Select(q => new[] { Math.Log(0.1), Math.Log(0.1), Math.Log(q / (1 - q)) })];
        return Theta(SimplexSearch.Minimize(Objective, starts))!;
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

        var width = max - min;
        var alpha = 1 + (4 * (mode - min) / width);
        var beta = 1 + (4 * (max - mode) / width);
        return Power(alpha - 1, x - min) + Power(beta - 1, max - x) - SpecialFunctions.BetaLn(alpha, beta) - ((alpha + beta - 1) * Math.Log(width));
    }

    /// <summary>(α − 1) Σ ln(x − min) + (β − 1) Σ ln(max − x) − n (ln B(α, β) + 5 ln(max − min)): the beta function once, not once per value.</summary>
    public override double LogLikelihood(double[] theta, IReadOnlyList<double> data)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(data);
        var (min, mode, max) = (theta[0], theta[1], theta[2]);
        if (!(min < max) || mode < min || mode > max)
        {
            return double.NegativeInfinity;
        }

        var width = max - min;
        var alpha = 1 + (4 * (mode - min) / width);
        var beta = 1 + (4 * (max - mode) / width);
        double below = 0, above = 0;
        foreach (var x in data)
        {
            if (x < min || x > max)
            {
                return double.NegativeInfinity;
            }

            below += Power(alpha - 1, x - min);
            above += Power(beta - 1, max - x);
        }

        return below + above - (data.Count * (SpecialFunctions.BetaLn(alpha, beta) + ((alpha + beta - 1) * Math.Log(width))));
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new Pert(theta[0], theta[1], theta[2]);
    }

    // ln(v^c) with 0^0 = 1: a mode at an end makes that side's exponent 0, and the density there finite.
    private static double Power(double c, double v) => c == 0 ? 0 : c * Math.Log(v);
}
