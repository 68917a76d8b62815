using Analytics.Simulation.Distributions;

namespace Analytics.Simulation.Engine;

/// <summary>Argument checks on distributions given to components: messages name the parameter, the distribution and the range needed.</summary>
public static class InputChecks
{
    /// <summary>Requires a distribution whose values all lie in [0, 1] (a probability or a rate).</summary>
    public static ScalarInput Probability(ScalarInput input, string parameter)
    {
        ArgumentNullException.ThrowIfNull(input);
        var d = input.Distribution;
        return d.Minimum >= 0 && d.Maximum <= 1
            ? input
            : throw new ArgumentException($"{parameter} must be a probability: a distribution with values in [0, 1]; was {d} with values in {Support(d)}.", parameter);
    }

    /// <summary>Requires a distribution whose values are all &gt;= 0 (an amount of money, a multiplier).</summary>
    public static T NonNegative<T>(T distribution, string parameter)
        where T : Distribution
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return distribution.Minimum >= 0
            ? distribution
            : throw new ArgumentException($"{parameter} must not take negative values; was {distribution} with values in {Support(distribution)}.", parameter);
    }

    /// <summary>Requires a count distribution on the non-negative integers.</summary>
    public static CountDistribution Count(CountDistribution distribution, string parameter)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return distribution.MinimumCount >= 0
            ? distribution
            : throw new ArgumentException($"{parameter} must be a count (values >= 0); was {distribution} with values in {Support(distribution)}.", parameter);
    }

    private static string Support(Distribution d)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{d.Minimum:G6}, {d.Maximum:G6}]");
}
