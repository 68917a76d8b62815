using System.Globalization;
using Analytics.Common;

namespace Analytics.Scenarios.Editing;

/// <summary>
/// How the toolkit writes a fitted number into a scenario file: invariant culture, six significant
/// digits (far finer than any fit's standard error, short enough to read), a JSON number.
/// </summary>
public static class ScenarioNumber
{
    /// <summary>The number as the scenario file shows it, e.g. 0.153846 or 45.1234.</summary>
    /// <param name="value">A finite number.</param>
    public static string Format(double value) => Preconditions.Finite(value).ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A distribution object as the scenario format writes it: <c>{ "dist": "gamma", "shape": 2.31, "scale": 19.5 }</c>.</summary>
    /// <param name="dist">The distribution's name in the format (e.g. "gamma").</param>
    /// <param name="parameters">Its keys and values, in the order written.</param>
    public static string Distribution(string dist, params (string Key, double Value)[] parameters)
    {
        Preconditions.NotBlank(dist);
        Preconditions.NotNull(parameters);
        return "{ \"dist\": \"" + dist + "\"" + string.Concat(parameters.Select(p => ", \"" + p.Key + "\": " + Format(p.Value))) + " }";
    }
}
