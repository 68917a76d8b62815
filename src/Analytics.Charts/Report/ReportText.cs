using System.Globalization;
using Analytics.Audit;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Charts.Report;

/// <summary>Wording the report's sections share: severity names, locations, a target's name in the page's language.</summary>
internal static class ReportText
{
    public static string Severity(ChartOptions o, Severity severity) => severity switch
    {
        Audit.Severity.Error => o.Text("錯誤", "Error"),
        Audit.Severity.Warning => o.Text("警告", "Warning"),
        _ => o.Text("說明", "Note"),
    };

    public static string SeverityClass(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>"phasing.csv:5": the file's name and line, without the folder the user happened to run from.</summary>
    public static string Location(SourceLocation location)
    {
        if (string.IsNullOrEmpty(location.File))
        {
            return string.Empty;
        }

        var file = Path.GetFileName(location.File);
        return location.Line > 0 ? file + ":" + location.Line.ToString(CultureInfo.InvariantCulture) : file;
    }

    public static string Name(ChartOptions o, TargetNode node) => o.IsChinese ? node.NameZh : node.NameEn;

    public static string Share(decimal? share) => share is { } s ? ChartOptions.FormatPercent(s) : string.Empty;
}
