using System.Globalization;
using System.Text;

namespace Analytics.Cli.Output;

/// <summary>
/// Text bound for a terminal with the control characters that data may carry (a plan's names, a
/// scenario's name) made visible: an ESC sequence in a name could retitle the terminal, move the
/// cursor or overwrite earlier output. Tab and line feed pass; every other C0 control, DEL, the C1
/// controls and the bidirectional overrides are written as <c>\uXXXX</c> (which also keeps any JSON
/// text valid: inside a string it is the same character's escape).
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is written escaped.</summary>
    public static bool NeedsEscape(char c)
        => (c < ' ' && c is not '\t' and not '\n')
            || c is >= '\u007F' and <= '\u009F'
            || c is >= '\u202A' and <= '\u202E'
            || c is >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> with every character of <see cref="NeedsEscape"/> written as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(escaped, c);
        }

        return escaped.ToString();
    }

    /// <summary>A writer that escapes what it is given before passing it to <paramref name="inner"/>.</summary>
    public static TextWriter Writer(TextWriter inner) => new EscapingWriter(inner);

    private static void Append(StringBuilder text, char c)
    {
        if (NeedsEscape(c))
        {
            text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(c);
        }
    }

    /// <summary>Every write goes through <see cref="Escape"/>; the line terminator is the inner writer's.</summary>
    private sealed class EscapingWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (NeedsEscape(value))
            {
                inner.Write(Escape(value.ToString()));
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => inner.Write(value is null ? null : Escape(value));

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Escape(value));

        public override void WriteLine() => inner.WriteLine();

        public override void Flush() => inner.Flush();
    }
}
