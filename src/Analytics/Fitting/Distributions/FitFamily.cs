using Analytics.Scenarios.Editing;
using Analytics.Simulation.Distributions;

namespace Analytics.Fitting.Distributions;

/// <summary>
/// A family of continuous distributions that the scenario format writes (its "dist" name and keys),
/// fitted to observations by maximum likelihood. A family works on a parameter vector θ in the
/// order of <see cref="ParameterNames"/>, the scenario's own keys, so a fit can be written back as
/// the scenario states it.
/// </summary>
public abstract class FitFamily
{
    /// <summary>The family's name in the scenario format, e.g. "lognormal".</summary>
    public abstract string Name { get; }

    /// <summary>The names of θ's elements, the scenario's keys (e.g. shape, scale).</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Whether every value must be &gt; 0 (lognormal, gamma, Weibull).</summary>
    public abstract bool RequiresPositive { get; }

    /// <summary>
    /// Whether the support does not depend on θ, so the usual asymptotics hold and standard errors
    /// come from the observed information. False for the bounded families (triangular, PERT), whose
    /// ends move with the data: their standard errors come from the bootstrap only.
    /// </summary>
    public virtual bool IsRegular => true;

    /// <summary>How the maximum-likelihood estimate is found, in one sentence.</summary>
    public abstract string Method { get; }

    /// <summary>The maximum-likelihood estimate of θ from <paramref name="sorted"/>.</summary>
    /// <param name="sorted">The observations in ascending order: finite, at least two distinct values, each &gt; 0 when <see cref="RequiresPositive"/>.</param>
    /// <exception cref="ArgumentException">The observations cannot be fitted (e.g. all equal).</exception>
    /// <exception cref="MathNet.Numerics.NonConvergenceException">The search failed.</exception>
    public abstract double[] Estimate(IReadOnlyList<double> sorted);

    /// <summary>ln f(x | θ); negative infinity outside the support or for θ outside the family.</summary>
    public abstract double LogDensity(double[] theta, double x);

    /// <summary>The distribution with parameters θ, for sampling and its CDF.</summary>
    public abstract Distribution Build(double[] theta);

    /// <summary>The scenario snippet of θ, e.g. <c>{ "dist": "gamma", "shape": 2.31, "scale": 19.5 }</c>: by default θ under its own names.</summary>
    public virtual string Snippet(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return ScenarioNumber.Distribution(Name, [.. ParameterNames.Select((name, i) => (name, theta[i]))]);
    }

    /// <summary>The parameters reported for θ: θ's own, named, and for some families derived ones (the lognormal's mean and cv).</summary>
    public virtual IReadOnlyList<(string Name, double Value)> Reported(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return [.. ParameterNames.Select((name, i) => (name, theta[i]))];
    }

    /// <summary>The number of free parameters (θ's length).</summary>
    public int ParameterCount => ParameterNames.Count;

    /// <summary>Σ ln f(x_i | θ) over <paramref name="data"/> (a family may sum faster than density by density).</summary>
    public virtual double LogLikelihood(double[] theta, IReadOnlyList<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sum = 0.0;
        foreach (var x in data)
        {
            sum += LogDensity(theta, x);
        }

        return sum;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
