using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Scenarios.Components;
using Analytics.Scenarios.Json;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios;

/// <summary>
/// Loads a scenario file (JSON with comments and trailing commas; see data/scenarios/README.md).
/// Everything is checked before any simulation: unknown keys, unsampleable distributions,
/// probabilities outside [0, 1], correlations outside [−1, 1], unknown or unused inputs, missing
/// targets. Every failure is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Files larger than this are refused: a scenario is a page of assumptions.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>The only format version so far (the optional "format" key).</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads and checks the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, unreadable or not a valid scenario.</exception>
    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException(path, 0, null, "is a folder, not a file", "a scenario file (.json)");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(path, 0, null, "file not found", "a scenario file (.json)");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new InputException(path, 0, null, $"the file is {info.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the {MaxFileBytes.ToString(CultureInfo.InvariantCulture)} a scenario may have");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, null, "cannot be read: " + e.Message);
        }

        return Parse(TextDecoding.Decode(bytes, path), path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Reads and checks scenario text (e.g. in tests); <paramref name="file"/> names it in messages.</summary>
    /// <param name="text">The scenario's JSON text.</param>
    /// <param name="file">The name used in messages.</param>
    /// <param name="hash">The fingerprint for manifests; by default the SHA-256 of the text's UTF-8 bytes.</param>
    public static Scenario Parse(string text, string file, string? hash = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        hash ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var root = JsonTreeReader.Parse(text, file);
        return new Reader(file).Scenario(root, hash) with { Locations = ScenarioLocations.From(root, file) };
    }

    /// <summary>The state of one load: declared inputs, inline inputs, and which were used.</summary>
    private sealed class Reader(string file)
    {
        private readonly Dictionary<string, (ScalarInput Input, JsonMember Member)> _declared = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ScalarInput> _all = new(StringComparer.Ordinal);
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

        public Scenario Scenario(JsonNode root, string hash)
        {
            var o = new ObjectReader(root, file, "the scenario");
            if (o.Optional("format") is { } format && !(format.Kind == JsonKind.Number && format.Text == "1"))
            {
                throw o.Error(format, $"unsupported format {format.Describe()}", $"\"format\": {FormatVersion} (or no \"format\" key)");
            }

            var name = o.Text("scenario", "the scenario's name, e.g. \"seed-2026\"");
            var description = o.OptionalBilingualText("description", "free text, or { \"zh\": \"...\", \"en\": \"...\" } in both languages");
            var target = Positive(o, "target", "the total target in 萬元, e.g. 5000");
            if (o.Optional("inputs") is { } inputs)
            {
                ReadInputs(inputs);
            }

            var streamsNode = o.Required("streams", "an object of revenue streams, e.g. { \"repurchase\": { ... } }");
            var streamsReader = new ObjectReader(streamsNode, file, "\"streams\"");
            var streams = streamsReader.Members.Select(ReadStream).ToArray();
            if (streams.Length == 0)
            {
                throw o.Error(streamsNode, "the scenario has no streams", "at least one stream");
            }

            var correlations = o.Optional("correlations") is { } c ? ReadCorrelations(c) : [];
            var analysis = new Sections.AnalysisSectionsReader(file, streams, _all).Read(o);
            o.Finish();
            foreach (var (declared, (_, member)) in _declared)
            {
                if (!_used.Contains(declared))
                {
                    throw Error(member.Line, member.Column, $"the input \"{declared}\" is declared but no stream uses it", "a reference to it (\"multiplier\": \"" + declared + "\", or a probability such as \"winRate\": \"" + declared + "\"), or remove it");
                }
            }

            return new Scenario(name, description, target, streams, correlations, hash) { Analysis = analysis, File = file, PartLocations = _locations };
        }

        private void ReadInputs(JsonNode node)
        {
            var o = new ObjectReader(node, file, "\"inputs\"");
            foreach (var member in o.Members)
            {
                RequireIdentifier(member, "an input");
                if (member.Value.Kind == JsonKind.String)
                {
                    throw Error(member.Value, "an input must be a distribution or a number, not a reference to another input", "for example { \"dist\": \"lognormal\", \"mean\": 1.0, \"cv\": 0.1 }");
                }

                var input = new ScalarInput(member.Key, DistributionSyntax.Read(member.Value, member.Key, file));
                _locations[member.Key] = new SourceLocation(file, member.Line);
                _declared[member.Key] = (input, member);
                _all[member.Key] = input;
            }
        }

        private ScenarioStream ReadStream(JsonMember member)
        {
            RequireIdentifier(member, "a stream");
            if (member.Key == Scenarios.Scenario.TotalOutput)
            {
                throw Error(member.Line, member.Column, $"\"{member.Key}\" is reserved for the sum of all streams", "another stream name");
            }

            var what = $"the stream \"{member.Key}\"";
            var o = new ObjectReader(member.Value, file, what);
            var target = Positive(o, "target", $"the sub-target of {what} in 萬元");
            ScalarInput? multiplier = null;
            if (o.Optional("multiplier") is { } m)
            {
                multiplier = Scalar(m, "multiplier", member.Key + ".multiplier");
                if (multiplier.Distribution.Minimum < 0)
                {
                    throw Error(m, $"the multiplier {multiplier.Distribution} can be negative", "a multiplier >= 0 (e.g. a lognormal market factor)");
                }

                if (ScenarioLimits.Reach(multiplier.Distribution) is var reach && reach > ScenarioLimits.MaxAmount)
                {
                    throw Error(m, $"the multiplier {multiplier.Distribution} reaches {ScenarioLimits.Format(reach)} in one draw in a billion, more than the {ScenarioLimits.Format(ScenarioLimits.MaxAmount)} a stream may be multiplied by", $"a multiplier below {ScenarioLimits.Format(ScenarioLimits.MaxAmount)} (e.g. a lognormal market factor around 1)");
                }
            }

            var componentsNode = o.Required("components", "an object of components, e.g. { \"tierA\": { \"model\": \"renewalTier\", ... } }");
            var components = new ObjectReader(componentsNode, file, $"the components of {what}").Members
                .Select(c => ReadComponent(c, member.Key))
                .ToArray();
            if (components.Length == 0)
            {
                throw Error(componentsNode, $"{what} has no components", "at least one component");
            }

            o.Finish();
            return new ScenarioStream(member.Key, target, multiplier, components);
        }

        private ITrialComponent ReadComponent(JsonMember member, string stream)
        {
            RequireIdentifier(member, "a component");
            var path = stream + "." + member.Key;
            var o = new ObjectReader(member.Value, file, $"the component \"{path}\"");
            var models = ComponentCatalog.Models;
            var kindNode = o.Required("model", "one of " + string.Join(", ", models));
            var kind = kindNode.Kind == JsonKind.String ? ComponentCatalog.Find(kindNode.Text) : null;
            if (kind is null)
            {
                var hint = kindNode.Kind == JsonKind.String ? ObjectReader.Suggest(kindNode.Text, models) : null;
                throw o.Error(kindNode, $"unknown model {kindNode.Describe()}" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "one of " + string.Join(", ", models));
            }

            o.Allow(kind.Keys);
            o.Finish();
            _locations[path] = new SourceLocation(file, member.Line);
            foreach (var key in kind.Keys)
            {
                if (o.Optional(key) is { } value)
                {
                    _locations[path + "." + key] = new SourceLocation(file, value.Line);
                }
            }

            try
            {
                return kind.Read(new ComponentFields(o, path, Scalar));
            }
            catch (ArgumentException e)
            {
                // A component's guard names its parameter: point at that key when the file has it.
                var at = (e.ParamName is { } parameter ? o.Optional(parameter) : null) ?? member.Value;
                throw o.Error(at, ExceptionText.Message(e).TrimEnd('.'));
            }
        }

        // A per-trial scalar: a number, an inline distribution (named by its path), or a declared input's name.
        private ScalarInput Scalar(JsonNode node, string key, string path)
        {
            if (node.Kind == JsonKind.String)
            {
                if (_declared.TryGetValue(node.Text, out var declared))
                {
                    _used.Add(node.Text);
                    return declared.Input;
                }

                var hint = ObjectReader.Suggest(node.Text, _declared.Keys);
                throw Error(node, $"\"{key}\" refers to the input \"{node.Text}\", which is not declared" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), _declared.Count == 0 ? "a number or a distribution (no inputs are declared)" : "one of the inputs: " + string.Join(", ", _declared.Keys));
            }

            var input = new ScalarInput(path, DistributionSyntax.Read(node, key, file));
            _all[path] = input;
            return input;
        }

        private IReadOnlyList<RankCorrelation> ReadCorrelations(JsonNode node)
        {
            if (node.Kind != JsonKind.Array)
            {
                throw Error(node, $"\"correlations\" must be a list; found {node.Describe()}", "[ { \"between\": [\"market\", \"newCustomers.3c.winRate\"], \"rank\": 0.3 } ]");
            }

            var result = new List<RankCorrelation>();
            var pairs = new HashSet<(string, string)>();
            foreach (var item in node.Items)
            {
                var o = new ObjectReader(item, file, "a correlation");
                var between = o.Required("between", "a list of two input names");
                if (between.Kind != JsonKind.Array || between.Items.Count != 2 || between.Items.Any(i => i.Kind != JsonKind.String))
                {
                    throw o.Error(between, "\"between\" must list exactly two input names", "[\"market\", \"newCustomers.3c.winRate\"]");
                }

                foreach (var name in between.Items)
                {
                    if (!_all.TryGetValue(name.Text, out var input))
                    {
                        var hint = ObjectReader.Suggest(name.Text, _all.Keys);
                        throw o.Error(name, $"no input is named \"{name.Text}\"" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"), "a declared input or the path of a per-trial parameter: " + string.Join(", ", _all.Keys.Order(StringComparer.Ordinal)));
                    }

                    if (input.Distribution.IsConstant)
                    {
                        throw o.Error(name, $"\"{name.Text}\" is the constant {input.Distribution.Mean.ToString(CultureInfo.InvariantCulture)}, which cannot be correlated", "two uncertain inputs");
                    }
                }

                var (first, second) = (between.Items[0].Text, between.Items[1].Text);
                if (first == second)
                {
                    throw o.Error(between, $"a correlation needs two different inputs; both are \"{first}\"");
                }

                var rankNode = o.Required("rank", "Spearman's rank correlation in [-1, 1]");
                var rank = o.ToNumber(rankNode, "rank", "a number in [-1, 1]");
                if (rank is < -1 or > 1)
                {
                    throw o.Error(rankNode, $"the rank correlation {rankNode.Text} is outside [-1, 1]", "a number in [-1, 1]");
                }

                if (!pairs.Add(string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first)))
                {
                    throw o.Error(item, $"the correlation between \"{first}\" and \"{second}\" is given twice");
                }

                o.Finish();
                result.Add(new RankCorrelation(first, second, rank));
            }

            return result;
        }

        private double Positive(ObjectReader o, string key, string expected)
        {
            var node = o.Required(key, expected);
            var value = o.ToNumber(node, key, expected);
            return value <= 0 ? throw Error(node, $"\"{key}\" is {node.Text}; a target must be > 0", expected)
                : value <= ScenarioLimits.MaxAmount ? value
                : throw Error(node, $"\"{key}\" is {node.Text}, more than the {ScenarioLimits.Format(ScenarioLimits.MaxAmount)} 萬元 a target may be", expected);
        }

        private void RequireIdentifier(JsonMember member, string what)
        {
            if (member.Key.Length == 0 || !member.Key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                throw Error(member.Line, member.Column, $"\"{member.Key}\" is not a valid name for {what}", "letters, digits, '_' or '-' (no dots or spaces)");
            }
        }

        private InputException Error(JsonNode node, string problem, string? expected = null) => Error(node.Line, node.Column, problem, expected);

        private InputException Error(int line, int column, string problem, string? expected = null)
            => JsonTreeReader.Error(file, line, column, problem, expected);
    }
}
