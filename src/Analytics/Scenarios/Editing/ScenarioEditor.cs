using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Common;
using Analytics.Scenarios.Json;

namespace Analytics.Scenarios.Editing;

/// <summary>
/// Writes a fitted value into a scenario file's text as a labelled assumption, keeping every other
/// character (comments, layout, trailing commas): the value is found through the JSON tree reader's
/// line and column, replaced in the raw text, and a comment <c>// H1: fitted from ...</c> (the next
/// free H label) is put on the line above it. A value already labelled (a comment right above its
/// key) is a hand-written assumption: it is replaced only when asked, and its comment is kept,
/// marked "was:". The edited text must load as a scenario, or nothing is returned. A pure function
/// of the text.
/// </summary>
public static partial class ScenarioEditor
{
    /// <summary>The prefix of the labels this editor gives, H for "history".</summary>
    public const string LabelPrefix = "H";

    /// <summary>Writes <paramref name="value"/> at <paramref name="path"/> in the scenario <paramref name="text"/>.</summary>
    /// <param name="text">The scenario file's text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="path">
    /// The value: an input's name (<c>market</c>), a component's key (<c>newCustomers.3c.winRate</c>),
    /// a section (<c>phasing</c>), or a path of keys from the top (<c>phasing.streams.repurchase.concentration</c>).
    /// </param>
    /// <param name="value">The value and its comment.</param>
    /// <param name="replace">Whether a labelled (commented) value may be replaced.</param>
    /// <exception cref="InputException">The text is not JSON, the path addresses nothing, the value is labelled and <paramref name="replace"/> is false, or the edited scenario would not load.</exception>
    public static ScenarioEdit Apply(string text, string file, string path, AssumptionValue value, bool replace)
    {
        Preconditions.NotNull(text);
        Preconditions.NotBlank(file);
        Preconditions.NotBlank(path);
        Preconditions.NotNull(value);
        var root = JsonTreeReader.Parse(text, file);
        var (target, spelt) = Resolve(root, path, file);
        var lines = new LineOffsets(text);

        // What is replaced: the addressed value, or for a section the member the value stands for.
        var (replacedFrom, replacedTo, written, line) = (0, 0, value.Json, target.Value.Line);
        if (value.MemberKey is { } key)
        {
            var member = target.Value.Kind == JsonKind.Object ? target.Value.Members.FirstOrDefault(m => value.Replaces.Contains(m.Key)) : null;
            if (member is null)
            {
                throw new InputException(file, target.Line, Column(target.Column), $"\"{spelt}\" has no {string.Join(" or ", value.Replaces.Select(r => "\"" + r + "\""))} to replace", $"a {spelt} section with {string.Join(" or ", value.Replaces)}");
            }

            replacedFrom = lines.Offset(member.Line, member.Column);
            replacedTo = ValueEnd(text, lines.Offset(member.Value.Line, member.Value.Column));
            written = "\"" + key + "\": " + value.Json;
            line = member.Line;
        }
        else
        {
            replacedFrom = lines.Offset(target.Value.Line, target.Value.Column);
            replacedTo = ValueEnd(text, replacedFrom);
        }

        var old = text[replacedFrom..replacedTo];
        var keyLineStart = lines.Offset(target.Line, 1);
        var labelled = CommentAbove(text, lines, target.Line);
        if (labelled.Lines.Count > 0 && !replace)
        {
            throw new InputException(file, target.Line, Column(target.Column), $"\"{spelt}\" is a labelled assumption ({labelled.Lines[0]}), so the fit does not overwrite it", "--replace to replace it (its comment is kept in the new one, marked \"was:\")");
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var indent = new string([.. text[keyLineStart..].TakeWhile(c => c is ' ' or '\t')]);
        var label = LabelPrefix + (Labels(text).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
        var comment = new List<string> { $"// {label}: {value.Summary}" };
        comment.AddRange(labelled.Lines.Select(l => "// was: " + l));

        var edited = new StringBuilder(text.Length + 512)
            .Append(text, 0, labelled.Start)
            .Append(string.Concat(comment.Select(c => indent + c + newline)))
            .Append(text, keyLineStart, replacedFrom - keyLineStart)
            .Append(written)
            .Append(text, replacedTo, text.Length - replacedTo)
            .ToString();
        try
        {
            ScenarioLoader.Parse(edited, file);
        }
        catch (InputException e)
        {
            throw new InputException(file, line, null, $"writing {Shown(written)} at \"{spelt}\" would make the scenario unusable ({e.Problem})", "a path whose value this fit can stand for (see data/scenarios/README.md)");
        }

        return new ScenarioEdit(file, spelt, line, label, Shown(old), written, comment, labelled.Lines, edited);
    }

    /// <summary>The numbers of the H labels in the text's comments (H1, H2 ...).</summary>
    public static IEnumerable<int> Labels(string text)
    {
        Preconditions.NotNull(text);
        foreach (var raw in text.Split('\n'))
        {
            var at = raw.IndexOf("//", StringComparison.Ordinal);
            if (at >= 0)
            {
                foreach (Match m in Label().Matches(raw[(at + 2)..]))
                {
                    yield return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                }
            }
        }
    }

    // An input, a section, a component's key, or a path from the top, in that order.
    private static (JsonMember Member, string Path) Resolve(JsonNode root, string path, string file)
    {
        var keys = path.Split('.');
        IEnumerable<string[]> Candidates()
        {
            if (keys.Length == 1)
            {
                yield return ["inputs", keys[0]];
            }

            if (keys.Length == 3)
            {
                yield return ["streams", keys[0], "components", keys[1], keys[2]];
            }

            yield return keys;
        }

        foreach (var candidate in Candidates())
        {
            JsonMember? member = null;
            var node = root;
            foreach (var key in candidate)
            {
                member = node.Kind == JsonKind.Object ? node.Members.FirstOrDefault(m => m.Key == key) : null;
                if (member is null)
                {
                    break;
                }

                node = member.Value;
            }

            if (member is not null)
            {
                return (member, string.Join('.', candidate));
            }
        }

        throw new InputException(file, 0, null, $"the scenario has no value at \"{path}\"", "an input's name (market), a component's key (newCustomers.3c.winRate), a section (phasing) or a path of keys from the top (phasing.streams.repurchase.concentration)");
    }

    // The comment lines right above a line (up to a line that is not a // comment), and where they start.
    private static (int Start, IReadOnlyList<string> Lines) CommentAbove(string text, LineOffsets lines, int line)
    {
        var found = new List<string>();
        var first = line;
        while (first > 1 && lines.Text(text, first - 1).TrimStart() is var above && above.StartsWith("//", StringComparison.Ordinal))
        {
            found.Insert(0, above[2..].Trim());
            first--;
        }

        return (lines.Offset(first, 1), found);
    }

    // The end (exclusive) of the JSON value starting at offset: a string, a number or word, or a bracketed value with strings and comments inside.
    private static int ValueEnd(string text, int start)
    {
        var c = text[start];
        if (c is not ('{' or '[' or '"'))
        {
            var i = start;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '+' or '.'))
            {
                i++;
            }

            return i;
        }

        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i++;
                    while (text[i] != '"')
                    {
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '/' when text[i + 1] == '/':
                    i = text.IndexOf('\n', i) is var eol && eol >= 0 ? eol : text.Length - 1;
                    break;
                case '/' when text[i + 1] == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return text.Length;
    }

    private static string Shown(string json) => Whitespace().Replace(json, " ");

    private static string Column(int column) => column.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![A-Za-z0-9])H(?<n>[0-9]{1,4})(?=:|\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Line starts of a text, and (line, column) to offsets with columns counted in code points, as the JSON tree reader counts them.</summary>
    private sealed class LineOffsets
    {
        private readonly List<int> _starts = [0];
        private readonly string _text;

        public LineOffsets(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int Offset(int line, int column)
        {
            var offset = _starts[line - 1];
            for (var counted = 1; counted < column; counted++)
            {
                offset += char.IsHighSurrogate(_text[offset]) ? 2 : 1;
            }

            return offset;
        }

        public string Text(string text, int line)
        {
            var start = _starts[line - 1];
            var end = line < _starts.Count ? _starts[line] : text.Length;
            return text[start..end].TrimEnd('\r', '\n');
        }
    }
}
