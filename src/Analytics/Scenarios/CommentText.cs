using System.Text;

namespace Analytics.Scenarios;

/// <summary>
/// How a scenario file's comment text is broken into lines and read back as one paragraph. English
/// breaks at spaces; Chinese has none, so a run of Chinese characters breaks between characters, and
/// reading joins two lines with a space except between two Chinese characters (the drafter's wrapping
/// and <see cref="ScenarioNotes"/> read each other's text back unchanged); nor is one added after full-width
/// punctuation, so a hand-written line may end in "：" before a formula on the next.
/// </summary>
public static class CommentText
{
    /// <summary>Splits <paramref name="text"/> into lines at most <paramref name="width"/> columns wide (a Chinese character takes two), at spaces and between two Chinese characters (never before a closing mark such as "，" or "）").</summary>
    /// <param name="text">The text (one paragraph).</param>
    /// <param name="width">The widest line, in columns (&gt;= 2); a word without a place to break may exceed it.</param>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        Common.Preconditions.NotNull(text);
        Common.Preconditions.InRange(width, 2, int.MaxValue);
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        void Break()
        {
            lines.Add(line.ToString());
            line.Clear();
            used = 0;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word goes to the next line unless the part of it before its first break (between two Chinese
            // characters) fits here.
            if (line.Length > 0 && used + 1 + Columns(Head(word)) > width)
            {
                Break();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
                used++;
            }

            foreach (var c in word)
            {
                // Inside a word only between two Chinese characters, which read back without a space.
                if (used + Columns(c) > width && line.Length > 0 && CanBreak(line[^1], c))
                {
                    Break();
                }

                line.Append(c);
                used += Columns(c);
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Appends the comment line <paramref name="next"/> to a paragraph: after a space, except between two Chinese characters and after a full-width mark ("變化：" then "X(s)" reads "變化：X(s)").</summary>
    public static void Join(StringBuilder paragraph, string next)
    {
        Common.Preconditions.NotNull(paragraph);
        Common.Preconditions.NotNull(next);
        if (paragraph.Length > 0 && next.Length > 0 && !(IsWide(paragraph[^1]) && IsWide(next[0])) && !Marks.Contains(paragraph[^1], StringComparison.Ordinal))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(next);
    }

    /// <summary>Whether <paramref name="c"/> is a Chinese character or full-width punctuation (two columns wide, written without spaces).</summary>
    public static bool IsWide(char c)
        => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    private static int Columns(char c) => IsWide(c) ? 2 : 1;

    // Full-width punctuation: it carries its own spacing, so no space is added after it.
    private const string Marks = "，。、；：？！（）「」『』【】…";

    // Between two Chinese characters, unless the second is punctuation that never starts a line (，。、；：）」 ...).
    private static bool CanBreak(char before, char after) => IsWide(before) && IsWide(after) && !"，。、；：？！）」』】…".Contains(after, StringComparison.Ordinal);

    // The word up to its first place to break (after a Chinese character followed by another), or the whole word.
    private static string Head(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (CanBreak(word[i], word[i + 1]))
            {
                return word[..(i + 1)];
            }
        }

        return word;
    }

    private static int Columns(string s) => s.Sum(Columns);
}
