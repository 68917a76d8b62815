using System.Globalization;
using Analytics.Common;

namespace Analytics.Scenarios.Json;

/// <summary>
/// Reads the members of one JSON object for a loader: typed getters whose errors point at the
/// offending value, and <see cref="Finish"/>, which rejects any key nobody asked for (a misspelt
/// optional key must not be silently ignored) with a "did you mean" hint.
/// </summary>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, JsonMember> _members;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public ObjectReader(JsonNode node, string file, string what)
    {
        File = file;
        What = what;
        Node = node;
        if (node.Kind != JsonKind.Object)
        {
            throw Error(node, $"{what} must be an object {{ ... }}; found {node.Describe()}");
        }

        _members = node.Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public string File { get; }

    /// <summary>What the object is, for messages (e.g. "the stream \"repurchase\"").</summary>
    public string What { get; }

    public JsonNode Node { get; }

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<JsonMember> Members => Node.Members;

    /// <summary>Declares keys as known without reading them (so <see cref="Finish"/> can run first).</summary>
    public void Allow(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _known.Add(key);
        }
    }

    public bool Has(string key)
    {
        _known.Add(key);
        return _members.ContainsKey(key);
    }

    public JsonNode? Optional(string key)
    {
        _known.Add(key);
        return _members.TryGetValue(key, out var member) ? member.Value : null;
    }

    public JsonNode Required(string key, string expected)
        => Optional(key) ?? throw Error(Node, $"{What} lacks \"{key}\"", $"\"{key}\": {expected}");

    public double Number(string key, string expected) => ToNumber(Required(key, expected), key, expected);

    public double? OptionalNumber(string key, string expected) => Optional(key) is { } node ? ToNumber(node, key, expected) : null;

    public int Integer(string key, string expected) => ToInteger(Required(key, expected), key, expected);

    public string Text(string key, string expected)
    {
        var node = Required(key, expected);
        return node.Kind == JsonKind.String && node.Text.Length > 0
            ? node.Text
            : throw Error(node, $"\"{key}\" must be a non-empty text; found {node.Describe()}", expected);
    }

    public string? OptionalText(string key, string expected)
        => Optional(key) is null ? null : Text(key, expected);

    /// <summary>
    /// A text that may come in both languages: a plain string (the same on a Chinese and an English page) or
    /// <c>{ "zh": "...", "en": "..." }</c>; null when the key is absent.
    /// </summary>
    public Common.BilingualText? OptionalBilingualText(string key, string expected)
    {
        if (Optional(key) is not { } node)
        {
            return null;
        }

        if (node.Kind == JsonKind.Object)
        {
            var both = new ObjectReader(node, File, $"\"{key}\"");
            var (zh, en) = (both.Text("zh", "the Chinese text"), both.Text("en", "the English text"));
            both.Finish();
            return new Common.BilingualText(NotBlank(both, "zh", zh), NotBlank(both, "en", en));
        }

        return node.Kind == JsonKind.String && !string.IsNullOrWhiteSpace(node.Text)
            ? Common.BilingualText.Same(node.Text)
            : throw Error(node, $"\"{key}\" must be a non-empty text or {{ \"zh\": ..., \"en\": ... }}; found {node.Describe()}", expected);

        static string NotBlank(ObjectReader o, string key, string text)
            => !string.IsNullOrWhiteSpace(text) ? text : throw o.Error(o.Required(key, "a text"), $"\"{key}\" is blank", "a non-blank text");
    }

    public double ToNumber(JsonNode node, string key, string expected) => ToNumber(node, key, expected, File);

    /// <summary>The finite number at <paramref name="node"/> (the value of <paramref name="key"/> in <paramref name="file"/>).</summary>
    public static double ToNumber(JsonNode node, string key, string expected, string file)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Kind != JsonKind.Number)
        {
            throw JsonTreeReader.Error(file, node.Line, node.Column, $"\"{key}\" must be a number; found {node.Describe()}", expected);
        }

        var value = double.Parse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : throw JsonTreeReader.Error(file, node.Line, node.Column, $"\"{key}\" is {node.Text}, too large to be a finite number", expected);
    }

    public int ToInteger(JsonNode node, string key, string expected)
    {
        var value = ToNumber(node, key, expected);
        return value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Error(node, $"\"{key}\" must be a whole number; found {node.Text}", expected);
    }

    /// <summary>Rejects every key that was not asked for.</summary>
    public void Finish()
    {
        foreach (var member in Node.Members)
        {
            if (!_known.Contains(member.Key))
            {
                var hint = Suggest(member.Key, _known);
                throw new InputException(
                    File,
                    member.Line,
                    member.Column.ToString(CultureInfo.InvariantCulture),
                    $"unknown key \"{member.Key}\" in {What}" + (hint is null ? string.Empty : $" (did you mean \"{hint}\"?)"),
                    "one of: " + string.Join(", ", _known.Order(StringComparer.Ordinal).Select(k => "\"" + k + "\"")));
            }
        }
    }

    /// <summary>An error at <paramref name="node"/>.</summary>
    public InputException Error(JsonNode node, string problem, string? expected = null)
        => JsonTreeReader.Error(File, node.Line, node.Column, problem, expected);

    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="text"/> (case-insensitive, at most 2 edits), or null.</summary>
    public static string? Suggest(string text, IEnumerable<string> candidates)
        => candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(p => p.Distance <= 2)
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Select(p => p.Candidate)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
