using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report.Sections;

/// <summary>Where each target figure comes from (the seed document's sections or the labelled assumptions, as the plan files state), and the assumptions of the simulated scenario when one ran.</summary>
public sealed partial class SourcesSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "sources";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("數據來源與假設", "Sources and assumptions");

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var ids = AssumptionIds(content);
        string Range(string open, string close, string to) => ids.Length == 1 ? $"{open}A{ids[0]}{close}" : $"{open}A{ids[0]}{close}{to}{open}A{ids[^1]}{close}";
        // "seed §N" is the shipped plan's way of citing its source document: other plans' sources are shown as written.
        if (content.Decomposition.Root.Descendants().Any(t => t.Node.SourceNote.Contains(SeedCitation, StringComparison.Ordinal)))
        {
            writer.Paragraph(o.Text(
                $"每個數字都註明出處：「seed §N」是原文（計劃書）的章節{(ids.Length == 0 ? string.Empty : $"，{Range("「", "」", "至")}是明確標示的假設（見 data/README.md 的假設表）")}。下表是目標樹每一行的來源。",
                $"Every figure names its source: \"seed §N\" is a section of the source document (the plan){(ids.Length == 0 ? string.Empty : $", {Range("\"", "\"", " to ")} {(ids.Length == 1 ? "is a labelled assumption" : "are labelled assumptions")} (see the assumptions table in data/README.md)")}. The table gives the source of every row of the target tree."));
        }
        else
        {
            writer.Paragraph(o.Text(
                $"每個數字都註明出處：下表照錄計劃檔案 targets.csv 每一行的「source」一欄{(ids.Length == 0 ? string.Empty : $"，其中{Range("「", "」", "至")}是計劃標明的假設")}。",
                $"Every figure names its source: the table gives the source column of every row of the plan's targets.csv, as written{(ids.Length == 0 ? string.Empty : $"; {Range("\"", "\"", " to ")} {(ids.Length == 1 ? "is an assumption" : "are assumptions")} the plan labels")}."));
        }
        writer.Table(
            [o.Text("目標", "Target"), ">" + o.Text($"分配（{o.UnitName}）", $"allocated ({o.UnitName})"), ">" + o.Text("所列金額", "stated amount"), ">" + o.Text("所列占比", "stated share"), o.Text("來源", "source"), o.Text("位置", "where")],
            content.Decomposition.Root.Descendants().Select(t => (IReadOnlyList<string>)
            [
                new string('\u3000', (int)t.Node.Level) + ReportText.Name(o, t.Node),
                o.FormatNumber(t.Amount),
                t.Node.Amount is { } a ? o.FormatNumber(a) : string.Empty,
                ReportText.Share(t.Node.Share),
                t.Node.SourceNote,
                ReportText.Location(t.Node.Source),
            ]),
            "sources");

        if (content.Assumptions is { } notes)
        {
            writer.Heading(o.Text($"模擬情景「{notes.Scenario}」的假設", $"The assumptions of the simulated scenario \"{notes.Scenario}\""));
            // Each text in the page's language where the file gives both; a text given in one language only is quoted as written (data/scenarios/README.md).
            writer.Paragraph(o.Text(
                "以下照錄情景檔案中的說明，風險一節的數字就是在這些假設下模擬出來的。" + (notes.IsBilingual ? string.Empty : "檔案只用一種語言寫的說明照原文列出。"),
                "As the scenario file states them; the figures of the risk section were simulated under these assumptions." + (notes.IsBilingual ? string.Empty : " Texts the file gives in one language only are quoted as written.")));
            if (notes.Description is { } description)
            {
                writer.Paragraph(o.Text(description));
            }

            // Without labelled assumptions the file's own introduction is all it says about itself.
            var items = notes.Assumptions.Count > 0 ? notes.Assumptions.Select(a => $"{a.Id}: {o.Text(a.Text)}") : notes.Preamble.Select(o.Text);
            writer.List(items);
        }
    }

    /// <summary>How the shipped plan's rows cite its source document: "seed §2 layer 1".</summary>
    private const string SeedCitation = "seed §";

    // The assumption ids the tree's sources cite (A6, A7, ...), in order, so the sentence names the range the table shows.
    private static int[] AssumptionIds(ReportContent content)
        => content.Decomposition.Root.Descendants()
            .SelectMany(t => AssumptionId().Matches(t.Node.SourceNote))
            .Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToArray();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bA(\d+)\b")]
    private static partial System.Text.RegularExpressions.Regex AssumptionId();
}
