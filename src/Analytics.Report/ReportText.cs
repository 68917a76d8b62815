using System.Globalization;
using Analytics.Audit;
using Analytics.Charts;
using Analytics.Common;
using Analytics.Planning;
using Analytics.Statistics;

namespace Analytics.Report;

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

    /// <summary>"phasing.csv:5" (or "phasing!5" for a workbook's sheet): the place without the folder the user happened to run from.</summary>
    public static string Location(SourceLocation location)
        => string.IsNullOrEmpty(location.File) ? string.Empty : location.Cited;

    public static string Name(ChartOptions o, TargetNode node) => o.IsChinese ? node.NameZh : node.NameEn;

    public static string Share(decimal? share) => share is { } s ? Formats.Percent(s) : string.Empty;

    /// <summary>A share of a split as a whole or one-decimal percentage, e.g. "36%" or "37.3%".</summary>
    public static string SplitShare(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A signed difference of probabilities in points with two decimals, e.g. "+3.80".</summary>
    public static string SignedPoints(double difference) => (difference * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>A paired difference of P(hit) with its 95% interval in points, e.g. "+3.80 個百分點（95% 區間 +3.66 至 +3.94）".</summary>
    public static string PairedPoints(ChartOptions o, Estimate difference)
        => o.Text(
            $"{SignedPoints(difference.Value)} 個百分點（95% 區間 {SignedPoints(difference.Lower95)} 至 {SignedPoints(difference.Upper95)}）",
            $"{SignedPoints(difference.Value)} points (95% interval {SignedPoints(difference.Lower95)} to {SignedPoints(difference.Upper95)})");

    /// <summary>
    /// The plan's name of the business line a scenario stream models (matched like the scenario check:
    /// case, '_' and '-' ignored, so newCustomers is new_customers), or the stream's own name.
    /// </summary>
    public static string StreamName(ChartOptions o, ReportContent content, string stream) => o.Text(StreamNames(content, stream));

    /// <summary>The plan's name of the business line a scenario stream models, in both languages (as <see cref="StreamName"/>), or the stream's own name.</summary>
    public static BilingualText StreamNames(ReportContent content, string stream)
    {
        var line = content.Decomposition.Root.Children.FirstOrDefault(l => Analytics.Scenarios.ScenarioPlanMatch.Names(stream, l.Node.Id));
        return line is null ? BilingualText.Same(stream) : new BilingualText(line.Node.NameZh, line.Node.NameEn);
    }
}
