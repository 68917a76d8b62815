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
/// <param name="Description">The scenario's "description", or null.</param>
/// <param name="Preamble">The leading comment's paragraphs that are not labelled assumptions, in order.</param>
/// <param name="Assumptions">The labelled assumptions, in order (empty when the file labels none).</param>
public sealed partial record ScenarioNotes(string Scenario, string? Description, IReadOnlyList<string> Preamble, IReadOnlyList<ScenarioAssumption> Assumptions)
{
    /// <summary>The notes of <paramref name="scenario"/>, whose file text is <paramref name="text"/>.</summary>
    /// <param name="scenario">The loaded scenario (for its name and description).</param>
    /// <param name="text">The scenario file's text. An assumption is a comment line that starts with its id
    /// (a capital letter and a number: S1, A12) followed by two spaces or a colon; the comment lines after it
    /// continue it until a blank comment line.</param>
    public static ScenarioNotes Read(Scenario scenario, string text)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(text);
        var preamble = new List<string>();
        var assumptions = new List<ScenarioAssumption>();
        string? id = null;
        var paragraph = new StringBuilder();

        void Close()
        {
            if (paragraph.Length > 0)
            {
                if (id is null)
                {
                    preamble.Add(paragraph.ToString());
                }
                else
                {
                    assumptions.Add(new ScenarioAssumption(id, paragraph.ToString()));
                }
            }

            paragraph.Clear();
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
            if (labelled.Success)
            {
                Close();
                id = labelled.Groups["id"].Value;
                paragraph.Append(labelled.Groups["text"].Value.Trim());
                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(comment.Trim());
        }

        Close();
        return new ScenarioNotes(scenario.Name, scenario.Description, preamble, assumptions);
    }

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

    [GeneratedRegex(@"^\s*(?<id>[A-Z][0-9]{1,3})(?::\s*|\s{2,})(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
