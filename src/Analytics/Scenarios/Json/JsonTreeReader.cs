using System.Globalization;
using System.Text;
using System.Text.Json;
using Analytics.Common;

namespace Analytics.Scenarios.Json;

/// <summary>
/// Reads JSON with comments (// and /* */) and trailing commas into a <see cref="JsonNode"/> tree
/// with System.Text.Json's <see cref="Utf8JsonReader"/>. Syntax errors and duplicate keys become
/// <see cref="InputException"/>s with file, line and column.
/// </summary>
internal static class JsonTreeReader
{
    private const int MaxDepth = 64;

    /// <summary>Parses <paramref name="text"/>, read from <paramref name="file"/>.</summary>
    public static JsonNode Parse(string text, string file)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        try
        {
            // The reader itself rejects an empty document and anything after the first value.
            reader.Read();
            var root = ReadValue(ref reader, lines, file);
            while (reader.Read())
            {
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = lines.Column(line, (int)(e.BytePositionInLine ?? 0));
            throw Error(file, line, column, "invalid JSON: " + Describe(e), "JSON (comments with // or /* */ and trailing commas are allowed)");
        }
    }

    /// <summary>An error at a place in the file.</summary>
    public static InputException Error(string file, int line, int column, string problem, string? expected = null)
        => new(file, line, column.ToString(CultureInfo.InvariantCulture), problem, expected);

    private static JsonNode ReadValue(ref Utf8JsonReader reader, LineMap lines, string file)
    {
        var (line, column) = lines.Locate(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<JsonMember>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = lines.Locate(reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    if (seen.TryGetValue(key, out var firstLine))
                    {
                        throw Error(file, keyLine, keyColumn, $"the key \"{key}\" appears twice in this object (first on line {firstLine.ToString(CultureInfo.InvariantCulture)})", "each key once");
                    }

                    seen[key] = keyLine;
                    reader.Read();
                    members.Add(new JsonMember(key, keyLine, keyColumn, ReadValue(ref reader, lines, file)));
                }

                return new JsonNode(JsonKind.Object, line, column) { Members = members };
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, file));
                }

                return new JsonNode(JsonKind.Array, line, column) { Items = items };
            case JsonTokenType.String:
                return new JsonNode(JsonKind.String, line, column) { Text = reader.GetString()! };
            case JsonTokenType.Number:
                return new JsonNode(JsonKind.Number, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonNode(JsonKind.Boolean, line, column) { Text = reader.GetBoolean() ? "true" : "false" };
            default:
                return new JsonNode(JsonKind.Null, line, column);
        }
    }

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "LineNumber: n | BytePositionInLine: m." which we report ourselves.
        var message = e.Message;
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd('.', ' ');
    }

    /// <summary>Byte offsets to 1-based lines and character columns.</summary>
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineMap(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Locate(long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, Characters(_starts[line], (int)offset) + 1);
        }

        public int Column(int line, int bytePosition)
        {
            var start = _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)];
            return Characters(start, Math.Min(start + bytePosition, _bytes.Length)) + 1;
        }

        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        private int Characters(int from, int to)
        {
            var count = 0;
            for (var i = from; i < to; i++)
            {
                count += (_bytes[i] & 0xC0) != 0x80 ? 1 : 0;
            }

            return count;
        }
    }
}
