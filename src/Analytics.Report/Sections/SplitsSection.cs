using Analytics.Charts;
using Analytics.Common;
using Analytics.Report.Blocks;

namespace Analytics.Report.Sections;

/// <summary>
/// The split of the target over the business types under simulation: the map of P(hit) over every
/// split, the plan's split against the best and the risk-balanced one (paired, on the same years),
/// each line's sub-target risk, the margin/P(hit) frontier, and how far the best split hangs on
/// the response assumption it rests on. Absent until the split analysis has run (it needs the
/// scenario's <c>response</c> section).
/// </summary>
public sealed class SplitsSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "splits";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("業務類型占比", "Splitting the target over the business types");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content?.Splits is not null;

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var r = content.SplitFigures;
        string Name(string stream) => ReportText.StreamName(o, content, stream);
        if (r is not null)
        {
            SplitBlocks.Intro(writer, r, content.ResponseAssumption);
        }

        writer.Chart("split-ternary", SalesCharts.SplitTernary(content.Splits!.Points, content.Splits.Markers, o));
        if (r is not null)
        {
            SplitBlocks.Named(writer, r);
            SplitBlocks.Paired(writer, r);
            SplitBlocks.SubTargets(writer, r, Name);
        }

        if (content.SplitFrontier is { } frontier)
        {
            writer.Chart("split-frontier", SalesCharts.SplitFrontier(frontier, o));
            if (r is not null)
            {
                SplitBlocks.FrontierNote(writer, r, Name);
            }
        }

        if (content.SplitRobustness is { } robust)
        {
            SplitBlocks.Robustness(writer, robust, Name, content.ResponseAssumption);
        }
    }
}
