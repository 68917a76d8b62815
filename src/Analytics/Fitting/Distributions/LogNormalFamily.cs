using Analytics.Scenarios.Editing;
using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// The lognormal family, θ = (mu, sigma) of ln X; maximum likelihood in closed form (the normal's on
/// the logarithms). Also reported: the arithmetic mean exp(mu + sigma²/2) and cv sqrt(exp(sigma²) − 1),
/// the keys the scenario files use, which the snippet writes.
/// </summary>
public sealed class LogNormalFamily : FitFamily
{
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <inheritdoc />
    public override string Name => "lognormal";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["mu", "sigma"];

    /// <inheritdoc />
    public override bool RequiresPositive => true;

    /// <inheritdoc />
    public override string Method => "closed form: the mean and the standard deviation (divisor n) of ln x";

    /// <inheritdoc />
    public override double[] Estimate(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var logs = sorted.Select(x => Math.Log(x)).ToArray();
        var mu = logs.Average();
        var sigma = Math.Sqrt(logs.Sum(l => (l - mu) * (l - mu)) / logs.Length);
        return sigma > 0 ? [mu, sigma] : throw new ArgumentException("the values are all equal; a spread cannot be estimated.", nameof(sorted));
    }

    /// <inheritdoc />
    public override double LogDensity(double[] theta, double x)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (mu, sigma) = (theta[0], theta[1]);
        if (!(sigma > 0) || !(x > 0))
        {
            return double.NegativeInfinity;
        }

        var lx = Math.Log(x);
        var z = (lx - mu) / sigma;
        return -HalfLogTwoPi - Math.Log(sigma) - lx - (0.5 * z * z);
    }

    /// <inheritdoc />
    public override Distribution Build(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new LogNormal(theta[0], theta[1]);
    }

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, double Value)> Reported(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (mean, cv) = MeanCv(theta);
        return [("mu", theta[0]), ("sigma", theta[1]), ("mean", mean), ("cv", cv)];
    }

    /// <inheritdoc />
    public override string Snippet(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (mean, cv) = MeanCv(theta);
        return ScenarioNumber.Distribution(Name, ("mean", mean), ("cv", cv));
    }

    private static (double Mean, double Cv) MeanCv(double[] theta)
        => (Math.Exp(theta[0] + (theta[1] * theta[1] / 2)), Math.Sqrt(Elementary.ExpM1(theta[1] * theta[1])));
}
