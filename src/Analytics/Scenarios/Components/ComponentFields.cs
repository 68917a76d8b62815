using Analytics.Common;
using Analytics.Scenarios.Json;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Components;

/// <summary>
/// The keys of one component in a scenario file, read as the quantities components take, with
/// file, line and column on every failure: what a <see cref="ComponentKind"/>'s reader calls.
/// </summary>
internal sealed class ComponentFields
{
    /// <summary>What a probability key accepts, as the messages say it.</summary>
    public const string ProbabilityExpected = "a probability: a number in [0, 1], a distribution on [0, 1] such as { \"dist\": \"beta\", \"a\": 15, \"b\": 85 }, or the name of an input";

    private readonly ObjectReader _object;
    private readonly Func<JsonNode, string, string, ScalarInput> _scalar;

    /// <summary>Creates the fields of the component at <paramref name="path"/>.</summary>
    /// <param name="component">The component's object (its keys already allowed).</param>
    /// <param name="path">The component's path, "stream.component".</param>
    /// <param name="scalar">Reads a per-trial scalar (node, key, its input path): a number, an inline distribution or a declared input's name.</param>
    public ComponentFields(ObjectReader component, string path, Func<JsonNode, string, string, ScalarInput> scalar)
    {
        _object = component;
        Path = path;
        _scalar = scalar;
    }

    /// <summary>The component's path, e.g. "newCustomers.3c": its name and the prefix of its inputs.</summary>
    public string Path { get; }

    /// <summary>A per-trial probability at <paramref name="key"/>; an inline one is the input "PATH.KEY".</summary>
    public ScalarInput Probability(string key) => _scalar(_object.Required(key, ProbabilityExpected), key, Path + "." + key);

    /// <summary>A distribution drawn for every order at <paramref name="key"/> (not a per-trial input).</summary>
    public Distribution Value(string key)
    {
        var node = _object.Required(key, "a distribution of one order's value in 萬元, e.g. { \"dist\": \"lognormal\", \"mean\": 30, \"cv\": 0.4 }");
        if (node.Kind == JsonKind.String)
        {
            throw _object.Error(node, $"\"{key}\" is drawn for every order, so it cannot refer to the per-trial input \"{node.Text}\"", "a distribution or a number");
        }

        var value = DistributionSyntax.Read(node, key, _object.File);
        var reach = ScenarioLimits.Reach(value);
        return reach <= ScenarioLimits.MaxAmount
            ? value
            : throw _object.Error(node, $"\"{key}\" is {value}, which reaches {ScenarioLimits.Format(reach)} 萬元 in one draw in a billion, more than the {ScenarioLimits.Format(ScenarioLimits.MaxAmount)} 萬元 an order may be", $"a distribution of one order's value below {ScenarioLimits.Format(ScenarioLimits.MaxAmount)} 萬元");
    }

    /// <summary>A count at <paramref name="key"/>: a whole number &gt;= 0 or a count distribution.</summary>
    public CountDistribution Count(string key)
    {
        var node = _object.Required(key, "a count: a whole number or a count distribution such as { \"dist\": \"poisson\", \"mean\": 100 }");
        if (node.Kind == JsonKind.Number)
        {
            var k = _object.ToInteger(node, key, "a whole number >= 0");
            return k >= 0 ? Bounded(node, key, new DiscreteUniform(k, k)) : throw _object.Error(node, $"\"{key}\" is {node.Text}, a negative count", "a whole number >= 0");
        }

        var distribution = node.Kind == JsonKind.String
            ? throw _object.Error(node, $"\"{key}\" is a count and cannot refer to the input \"{node.Text}\"", "a whole number or a count distribution")
            : DistributionSyntax.Read(node, key, _object.File);
        return Bounded(node, key, distribution as CountDistribution
            ?? throw _object.Error(node, $"\"{key}\" is a count, but {distribution} is not a count distribution", "poisson, binomial, bernoulli or discreteUniform, or a whole number"));
    }

    /// <summary>A fixed whole number &gt;= 0 at <paramref name="key"/> (<paramref name="expected"/> says what it is).</summary>
    public int WholeNumber(string key, string expected)
    {
        var node = _object.Required(key, expected);
        var value = _object.ToInteger(node, key, expected);
        return value < 0
            ? throw _object.Error(node, $"\"{key}\" is {node.Text}, which is negative", expected)
            : value <= ScenarioLimits.MaxCount ? value : throw TooMany(node, key, value);
    }

    // A count whose mean a trial could not draw in bounded time (each counted order is a value draw).
    private CountDistribution Bounded(JsonNode node, string key, CountDistribution count)
        => count.Mean <= ScenarioLimits.MaxCount ? count : throw TooMany(node, key, count.Mean);

    private InputException TooMany(JsonNode node, string key, double mean)
        => _object.Error(node, $"\"{key}\" is {ScenarioLimits.Format(mean)} a trial on average, more than the {ScenarioLimits.Format(ScenarioLimits.MaxCount)} a component may draw in one trial", $"a count of at most {ScenarioLimits.Format(ScenarioLimits.MaxCount)} (split it over components, or count in larger units)");
}
