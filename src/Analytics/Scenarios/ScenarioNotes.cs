using System.Text;
using System.Text.RegularExpressions;
using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Scenarios;

/// <summary>
/// What a scenario file says about itself for a reader: its name and description, and the comment
/// block above its opening brace, split into labelled assumptions (<c>// S1  Wider uncertainty ...</c>)
/// and the other paragraphs. The owner's report lists them next to the figures they produced; the
/// loader ignores comments, so this reads the file's text a second time.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Description">The scenario's "description", or null (in both languages when the file gives both).</param>
/// <param name="Preamble">The leading comment's paragraphs that are not labelled assumptions, in order.</param>
/// <param name="Assumptions">The labelled assumptions, in order (empty when the file labels none).</param>
public sealed partial record ScenarioNotes(string Scenario, BilingualText? Description, IReadOnlyList<BilingualText> Preamble, IReadOnlyList<ScenarioAssumption> Assumptions)
{
    /// <summary>The notes of <paramref name="scenario"/>, whose file text is <paramref name="text"/>.</summary>
    /// <param name="scenario">The loaded scenario (for its name and description).</param>
    /// <param name="text">The scenario file's text. An assumption is a comment line that starts with its id
    /// (a capital letter and a number: S1, A12) followed by a colon, by two spaces, or by one space when the line
    /// is indented no deeper than the block's first label (so "S10 Budget", aligned under "S9  Timing", starts a
    /// new assumption, while a continuation line, indented deeper, never does); the comment lines after it
    /// continue it until a blank comment line or the next label. Lines join with a space, except between two
    /// Chinese characters (<see cref="CommentText.Join"/>). A paragraph may give its text in both languages: "zh:"
    /// or "en:" at the start of its text, or of one of its lines, starts that language's text (<c>//  S1  en: Wider
    /// ...</c> then <c>//      zh: ...</c>). A page shows the text in its language; a paragraph without a text in
    /// that language shows its untagged text, else the other language's, as written.</param>
    public static ScenarioNotes Read(Scenario scenario, string text)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(text);
        var preamble = new List<BilingualText>();
        var assumptions = new List<ScenarioAssumption>();
        string? id = null;
        int? labelIndent = null;
        var paragraph = new Paragraph();

        void Close()
        {
            if (paragraph.Text() is { } read)
            {
                if (id is null)
                {
                    preamble.Add(read);
                }
                else
                {
                    assumptions.Add(new ScenarioAssumption(id, read));
                }
            }

            paragraph = new Paragraph();
            id = null;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Close();
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var comment = line[2..];
            if (comment.Trim().Length == 0)
            {
                Close();
                continue;
            }

            var labelled = Label().Match(comment);
            var indent = comment.Length - comment.TrimStart().Length;
            if (labelled.Success && (labelled.Groups["sep"].Value != " " || indent <= (labelIndent ?? indent)))
            {
                Close();
                labelIndent ??= indent;
                id = labelled.Groups["id"].Value;
                paragraph.Add(labelled.Groups["text"].Value.Trim());
                continue;
            }

            paragraph.Add(comment.Trim());
        }

        Close();
        return new ScenarioNotes(scenario.Name, scenario.Description, preamble, assumptions) { SectionLabels = Sections(text) };
    }

    /// <summary>
    /// The label of the assumption behind each top-level section that names one: a comment block
    /// right above the section's key whose first line starts with a label (<c>// S6: how each
    /// stream's revenue answers ...</c> above <c>"response"</c> gives response → S6). Sections
    /// without such a comment are absent. Keyed by the section's name, e.g. "response".
    /// </summary>
    public IReadOnlyDictionary<string, string> SectionLabels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The assumption labelled for section <paramref name="section"/> (e.g. "response" → S6), or null when the file names none.</summary>
    public ScenarioAssumption? AssumptionFor(string section)
        => SectionLabels.TryGetValue(Preconditions.NotBlank(section), out var id) ? Assumptions.FirstOrDefault(a => a.Id == id) : null;

    // Top-level keys (depth 1 at the start of their line) and the label of the comment block above each.
    private static Dictionary<string, string> Sections(string text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var depth = 0;
        var inBlockComment = false;
        string? pending = null;
        var commentLines = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (!inBlockComment && line.StartsWith("//", StringComparison.Ordinal))
            {
                // The block's first line decides: a label there names the section below.
                pending = commentLines++ == 0 && Label().Match(line[2..]) is { Success: true } m ? m.Groups["id"].Value : pending;
                continue;
            }

            if (!inBlockComment && depth == 1 && pending is not null && Key().Match(line) is { Success: true } key)
            {
                labels.TryAdd(key.Groups["key"].Value, pending);
            }

            (pending, commentLines) = (null, 0);
            depth = Depth(line, depth, ref inBlockComment);
        }

        return labels;
    }

    // The nesting depth after a line of JSON with comments: brackets outside strings and comments count.
    private static int Depth(string line, int depth, ref bool inBlockComment)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inBlockComment)
            {
                if (c == '*' && i + 1 < line.Length && line[i + 1] == '/')
                {
                    inBlockComment = false;
                    i++;
                }
            }
            else if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                break;
            }
            else if (c == '/' && i + 1 < line.Length && line[i + 1] == '*')
            {
                inBlockComment = true;
                i++;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }

        return depth;
    }

    /// <summary>Whether every text of these notes a page shows (the description, the assumptions or, without them, the preamble) is given in both languages.</summary>
    public bool IsBilingual
        => (Description is null || Description.Zh != Description.En)
           && (Assumptions.Count > 0 ? Assumptions.Select(a => a.Text) : Preamble).All(t => t.Zh != t.En);

    /// <summary>The notes of <paramref name="scenario"/> read from its file <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file cannot be read or decoded.</exception>
    public static ScenarioNotes Load(Scenario scenario, string path)
    {
        Preconditions.NotBlank(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, null, "cannot be read: " + e.Message);
        }

        return Read(scenario, TextDecoding.Decode(bytes, path));
    }

    // One paragraph as it is read: the untagged text and each language's, the line being read adding to the last one started.
    private sealed class Paragraph
    {
        private readonly StringBuilder _untagged = new();
        private readonly StringBuilder _zh = new();
        private readonly StringBuilder _en = new();
        private StringBuilder _current;

        public Paragraph() => _current = _untagged;

        public void Add(string line)
        {
            if (Tag().Match(line) is { Success: true } tagged)
            {
                _current = tagged.Groups["lang"].Value == "zh" ? _zh : _en;
                line = tagged.Groups["text"].Value.Trim();
            }

            CommentText.Join(_current, line);
        }

        // Null when nothing was read; a language without its own text shows the untagged text, else the other language's.
        public BilingualText? Text()
        {
            var (untagged, zh, en) = (_untagged.ToString(), _zh.ToString(), _en.ToString());
            var fallback = untagged.Length > 0 ? untagged : null;
            var z = zh.Length > 0 ? zh : fallback ?? (en.Length > 0 ? en : null);
            var e = en.Length > 0 ? en : fallback ?? z;
            return z is null || e is null ? null : new BilingualText(z, e);
        }
    }

    [GeneratedRegex(@"^(?<lang>zh|en):(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    // The separator: a colon, two or more spaces, or one space (which Read accepts only at a label's indentation).
    [GeneratedRegex(@"^\s*(?<id>[A-Z][0-9]{1,3})(?<sep>:\s*|\s{2,}| )(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^""(?<key>[^""\\]+)""\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
