namespace Analytics.Report;

/// <summary>
/// The report's styles (headings, key figures, tables, findings), shared by the page and by the
/// notebook formatters, which scope them so they restyle nothing else in a notebook.
/// </summary>
public static class ReportStyles
{
    private const string Rules = """
        header { border-bottom: 2px solid #1f5fa8; margin-bottom: 16px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; margin: 40px 0 12px; border-left: 4px solid #1f5fa8; padding-left: 10px; }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        nav { font-size: 14px; margin-bottom: 12px; }
        nav a { color: #1f5fa8; text-decoration: none; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; }
        .figure { flex: 1 1 200px; border: 1px solid #e3e7ec; border-radius: 6px; padding: 10px 14px; background: #fafbfc; }
        .figure .label { font-size: 13px; color: #6b7785; }
        .figure .value { font-size: 22px; font-weight: 600; }
        .figure .detail { font-size: 12px; color: #6b7785; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 16px; }
        th, td { border-bottom: 1px solid #e3e7ec; padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f6f8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .finding { border: 1px solid #e3e7ec; border-left-width: 5px; border-radius: 4px; padding: 8px 12px; margin: 10px 0; }
        .finding.error { border-left-color: #c0392b; }
        .finding.warning { border-left-color: #e08a1e; }
        .finding.info { border-left-color: #6b7785; }
        .finding p { margin: 6px 0; }
        .badge { font-size: 12px; font-weight: 600; padding: 1px 6px; border-radius: 3px; color: #fff; background: #6b7785; }
        .error .badge { background: #c0392b; }
        .warning .badge { background: #e08a1e; }
        .fixes { margin: 4px 0; font-size: 14px; }
        .note { color: #6b7785; font-size: 14px; }
        footer { margin-top: 40px; border-top: 1px solid #e3e7ec; color: #6b7785; font-size: 12px; }
        """;

    /// <summary>The style rules, one per line; with <paramref name="scope"/> (e.g. ".analytics") every selector is prefixed with it.</summary>
    public static string Css(string? scope = null)
    {
        if (string.IsNullOrEmpty(scope))
        {
            return Rules;
        }

        var lines = Rules.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', lines.Select(line =>
        {
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var selectors = line[..brace].Split(',').Select(sel => scope + " " + sel.Trim());
            return string.Join(", ", selectors) + " " + line[brace..];
        }));
    }
}
