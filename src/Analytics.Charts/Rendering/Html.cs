using System.Text;

namespace Analytics.Charts.Rendering;

/// <summary>HTML escaping for every piece of text that reaches a page (names, notes, messages from data).</summary>
public static class Html
{
    private const string Specials = "&<>\"'";

    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' so the text shows literally in element content and quoted attributes. Other characters (Chinese included) pass unchanged.</summary>
    public static string Encode(string? text) => Escape(text, Specials);

    /// <summary>Escapes those of the characters &amp;&lt;&gt;"' that are in <paramref name="which"/> as HTML entities.</summary>
    internal static string Escape(string? text, string which)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(which) < 0)
        {
            return text ?? string.Empty;
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (which.Contains(c, StringComparison.Ordinal))
            {
                b.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => throw new ArgumentException($"no entity for '{c}'", nameof(which)),
                });
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
