using System.Globalization;
using System.Text;

namespace Analytics.Scenarios.Drafting;

/// <summary>
/// The scenario format's text as a drafted file writes it: two-space indents, one key per line,
/// trailing commas, and comments (the format allows both) above a key or after a value, so the
/// drafted file reads like a hand-written one.
/// </summary>
internal sealed class DraftText
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>A comment line at the current indent (nothing for a blank text).</summary>
    public DraftText Comment(string text)
    {
        foreach (var line in CommentText.Wrap(text, 96 - (2 * _depth)))
        {
            Indent().Append("// ").Append(line).Append('\n');
        }

        return this;
    }

    /// <summary>An empty line.</summary>
    public DraftText Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Opens an object: <c>"key": {</c>, or <c>{</c> for a null key.</summary>
    public DraftText Open(string? key = null)
    {
        Indent().Append(key is null ? string.Empty : Quote(key) + ": ").Append("{\n");
        _depth++;
        return this;
    }

    /// <summary>Opens a list: <c>"key": [</c>.</summary>
    public DraftText OpenList(string key)
    {
        Indent().Append(Quote(key)).Append(": [\n");
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost object (<c>},</c>; <c>}</c> at the top).</summary>
    public DraftText Close() => End('}');

    /// <summary>Closes the innermost list (<c>],</c>).</summary>
    public DraftText CloseList() => End(']');

    /// <summary>One member <c>"key": json,</c> with an optional comment after it.</summary>
    public DraftText Member(string key, string json, string? comment = null)
    {
        Indent().Append(Quote(key)).Append(": ").Append(json).Append(',');
        return Trailing(comment);
    }

    /// <summary>One list item <c>json,</c> with an optional comment after it.</summary>
    public DraftText Item(string json, string? comment = null)
    {
        Indent().Append(json).Append(',');
        return Trailing(comment);
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    /// <summary>A JSON string literal.</summary>
    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, JsonOptions);

    /// <summary>A number as the file writes it: invariant, at most six decimals, no exponent.</summary>
    public static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A number as the file writes it (see <see cref="Number(double)"/>).</summary>
    public static string Number(decimal value) => Number((double)value);

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private DraftText Trailing(string? comment)
    {
        if (!string.IsNullOrWhiteSpace(comment))
        {
            _text.Append("  // ").Append(comment.ReplaceLineEndings(" "));
        }

        _text.Append('\n');
        return this;
    }

    private DraftText End(char bracket)
    {
        _depth--;
        Indent().Append(bracket).Append(_depth == 0 ? string.Empty : ",").Append('\n');
        return this;
    }

    private StringBuilder Indent() => _text.Append(' ', 2 * _depth);
}
