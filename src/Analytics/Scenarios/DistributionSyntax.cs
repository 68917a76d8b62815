using Analytics.Common;
using Analytics.Scenarios.Json;
using Analytics.Simulation.Distributions;

namespace Analytics.Scenarios;

/// <summary>
/// Reads a distribution written as <c>{ "dist": "lognormal", "mean": 30, "cv": 0.4 }</c> (or a bare
/// number for a constant). Parameter errors caught by the distribution's own checks are reported
/// at the offending parameter's line, e.g. a PERT whose min exceeds its max.
/// </summary>
internal static class DistributionSyntax
{
    /// <summary>The distribution kinds and their parameters, for messages and the format's documentation.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["normal"] = "mean, sd",
        ["lognormal"] = "mean and cv, or mu and sigma, or p10 and p90",
        ["triangular"] = "min, mode, max",
        ["pert"] = "min, mode, max",
        ["uniform"] = "min, max",
        ["beta"] = "a, b",
        ["gamma"] = "shape, scale",
        ["weibull"] = "shape, scale",
        ["threePoint"] = "p10, p50, p90, optional scale (\"log\" or \"linear\", default \"log\")",
        ["constant"] = "value",
        ["bernoulli"] = "p",
        ["binomial"] = "n, p",
        ["poisson"] = "mean",
        ["discreteUniform"] = "min, max (whole numbers)",
        ["discrete"] = "values, weights (lists of equal length)",
        ["empirical"] = "values (a list of observations)",
    };

    // The keys each kind accepts ("dist" aside), checked before reading so a misspelt key is
    // reported as such rather than as a missing one.
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["normal"] = ["mean", "sd"],
        ["lognormal"] = ["mean", "cv", "mu", "sigma", "p10", "p90"],
        ["triangular"] = ["min", "mode", "max"],
        ["pert"] = ["min", "mode", "max"],
        ["uniform"] = ["min", "max"],
        ["beta"] = ["a", "b"],
        ["gamma"] = ["shape", "scale"],
        ["weibull"] = ["shape", "scale"],
        ["threePoint"] = ["p10", "p50", "p90", "scale"],
        ["constant"] = ["value"],
        ["bernoulli"] = ["p"],
        ["binomial"] = ["n", "p"],
        ["poisson"] = ["mean"],
        ["discreteUniform"] = ["min", "max"],
        ["discrete"] = ["values", "weights"],
        ["empirical"] = ["values"],
    };

    // Constructor parameters whose scenario key has another name.
    private static readonly Dictionary<string, string> KeyOfParameter = new(StringComparer.Ordinal)
    {
        ["standardDeviation"] = "sd",
        ["observations"] = "values",
    };

    /// <summary>Reads the distribution at <paramref name="node"/> (the value of the key <paramref name="key"/>).</summary>
    public static Distribution Read(JsonNode node, string key, string file)
    {
        if (node.Kind == JsonKind.Number)
        {
            return new Constant(ObjectReader.ToNumber(node, key, "a number", file));
        }

        if (node.Kind != JsonKind.Object)
        {
            throw JsonTreeReader.Error(file, node.Line, node.Column, $"\"{key}\" must be a distribution {{ \"dist\": ..., ... }} or a number; found {node.Describe()}", Expected);
        }

        var o = new ObjectReader(node, file, $"the distribution of \"{key}\"");
        var kindNode = o.Required("dist", "the kind of distribution: " + string.Join(", ", Kinds.Keys));
        if (kindNode.Kind != JsonKind.String || !Kinds.ContainsKey(kindNode.Text))
        {
            var hint = kindNode.Kind == JsonKind.String ? ObjectReader.Suggest(kindNode.Text, Kinds.Keys) : null;
            throw o.Error(kindNode, $"unknown distribution {kindNode.Describe()}" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of " + string.Join(", ", Kinds.Keys));
        }

        var kind = kindNode.Text;
        var expected = $"{kind} takes {Kinds[kind]}";
        o.Allow(Keys[kind]);
        o.Finish();
        double N(string k) => o.Number(k, expected);
        int I(string k) => o.Integer(k, expected);
        try
        {
            Distribution distribution = kind switch
            {
                "normal" => new Normal(N("mean"), N("sd")),
                "lognormal" => LogNormalOf(o, expected),
                "triangular" => new Triangular(N("min"), N("mode"), N("max")),
                "pert" => new Pert(N("min"), N("mode"), N("max")),
                "uniform" => new Uniform(N("min"), N("max")),
                "beta" => new Beta(N("a"), N("b")),
                "gamma" => new Gamma(N("shape"), N("scale")),
                "weibull" => new Weibull(N("shape"), N("scale")),
                "threePoint" => new ThreePoint(N("p10"), N("p50"), N("p90"), ScaleOf(o)),
                "constant" => new Constant(N("value")),
                "bernoulli" => new Bernoulli(N("p")),
                "binomial" => new Binomial(I("n"), N("p")),
                "poisson" => new Poisson(N("mean")),
                "discreteUniform" => new DiscreteUniform(I("min"), I("max")),
                "discrete" => new Discrete(Numbers(o, "values", expected), Numbers(o, "weights", expected)),
                _ => new Empirical(Numbers(o, "values", expected)),
            };
            return distribution;
        }
        catch (ArgumentException e)
        {
            // The distribution's guard names the parameter: point at it when the file has that key,
            // and call it by the file's name for it.
            var parameter = (e.ParamName ?? string.Empty).Split('[')[0];
            var fileKey = KeyOfParameter.GetValueOrDefault(parameter, parameter);
            var message = ExceptionText.Message(e).TrimEnd('.');
            if (fileKey != parameter && message.StartsWith(parameter, StringComparison.Ordinal))
            {
                message = fileKey + message[parameter.Length..];
            }

            var at = (fileKey.Length > 0 ? o.Optional(fileKey) : null) ?? node;
            throw o.Error(at, $"invalid {kind} distribution: {message}", expected);
        }
    }

    private const string Expected = "for example { \"dist\": \"lognormal\", \"mean\": 30, \"cv\": 0.4 }";

    private static LogNormal LogNormalOf(ObjectReader o, string expected)
    {
        string[][] sets = [["mean", "cv"], ["mu", "sigma"], ["p10", "p90"]];
        var given = sets.Where(set => set.Any(k => o.Node.Members.Any(m => m.Key == k))).ToArray();
        if (given.Length != 1)
        {
            throw o.Error(o.Node, given.Length == 0 ? "a lognormal needs its parameters" : "a lognormal takes one set of parameters, not several", expected);
        }

        var (a, b) = (o.Number(given[0][0], expected), o.Number(given[0][1], expected));
        return given[0][0] switch
        {
            "mean" => LogNormal.FromMeanCv(a, b),
            "mu" => new LogNormal(a, b),
            _ => LogNormal.FromP10P90(a, b),
        };
    }

    private static bool ScaleOf(ObjectReader o)
    {
        var scale = o.OptionalText("scale", "\"log\" or \"linear\"") ?? "log";
        return scale switch
        {
            "log" => true,
            "linear" => false,
            _ => throw o.Error(o.Optional("scale")!, $"unknown scale \"{scale}\"", "\"log\" (a two-piece lognormal, the default) or \"linear\""),
        };
    }

    private static double[] Numbers(ObjectReader o, string key, string expected)
    {
        var node = o.Required(key, "a list of numbers");
        if (node.Kind != JsonKind.Array || node.Items.Count == 0)
        {
            throw o.Error(node, $"\"{key}\" must be a non-empty list of numbers; found {node.Describe()}", expected);
        }

        return node.Items.Select(item => o.ToNumber(item, key, expected)).ToArray();
    }
}
