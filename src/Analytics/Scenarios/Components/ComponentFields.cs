using Analytics.Scenarios.Json;
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

        return DistributionSyntax.Read(node, key, _object.File);
    }

    /// <summary>A count at <paramref name="key"/>: a whole number &gt;= 0 or a count distribution.</summary>
    public CountDistribution Count(string key)
    {
        var node = _object.Required(key, "a count: a whole number or a count distribution such as { \"dist\": \"poisson\", \"mean\": 100 }");
        if (node.Kind == JsonKind.Number)
        {
            var k = _object.ToInteger(node, key, "a whole number >= 0");
            return k >= 0 ? new DiscreteUniform(k, k) : throw _object.Error(node, $"\"{key}\" is {node.Text}, a negative count", "a whole number >= 0");
        }

        var distribution = node.Kind == JsonKind.String
            ? throw _object.Error(node, $"\"{key}\" is a count and cannot refer to the input \"{node.Text}\"", "a whole number or a count distribution")
            : DistributionSyntax.Read(node, key, _object.File);
        return distribution as CountDistribution
            ?? throw _object.Error(node, $"\"{key}\" is a count, but {distribution} is not a count distribution", "poisson, binomial, bernoulli or discreteUniform, or a whole number");
    }

    /// <summary>A fixed whole number &gt;= 0 at <paramref name="key"/> (<paramref name="expected"/> says what it is).</summary>
    public int WholeNumber(string key, string expected)
    {
        var node = _object.Required(key, expected);
        var value = _object.ToInteger(node, key, expected);
        return value >= 0 ? value : throw _object.Error(node, $"\"{key}\" is {node.Text}, which is negative", expected);
    }
}
