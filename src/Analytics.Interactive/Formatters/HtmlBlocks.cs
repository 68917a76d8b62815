using Analytics.Charts.Theme;
using Analytics.Report;

namespace Analytics.Interactive.Formatters;

/// <summary>
/// Wraps formatter output in a scoped block: the report's styles apply inside it and nowhere
/// else in the notebook. Tables and findings are written by the report's own
/// <see cref="ReportWriter"/>, so a notebook shows the same tables as the owner's page.
/// </summary>
internal static class HtmlBlocks
{
    private const string Scope = "analytics";

    public static string Wrap(Action<ReportWriter> write)
    {
        var writer = new ReportWriter(Notebook.Options);
        write(writer);
        return $"<div class=\"{Scope}\"><style>.{Scope} {{ font-family: {ChartTheme.FontFamily}; }}\n{ReportStyles.Css("." + Scope)}</style>\n{writer}</div>";
    }
}
