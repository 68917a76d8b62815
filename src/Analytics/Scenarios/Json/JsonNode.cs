namespace Analytics.Scenarios.Json;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A JSON value with the place it was written (1-based line and column, columns counted in
/// characters), so every error about it, syntactic or semantic, can point at it.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text of a string, the literal of a number, "true"/"false" of a boolean.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>An object's members, in file order (keys are unique).</summary>
    public IReadOnlyList<JsonMember> Members { get; init; } = [];

    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonNode> Items { get; init; } = [];

    /// <summary>How the kind is described in messages ("an object", "a number", ...).</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "a list",
        JsonKind.String => $"the text \"{Text}\"",
        JsonKind.Number => $"the number {Text}",
        JsonKind.Boolean => Text,
        _ => "null",
    };
}

/// <summary>An object member: its key, where the key was written, and the value.</summary>
internal sealed record JsonMember(string Key, int Line, int Column, JsonNode Value);
