using Analytics.Charts;
using Analytics.Common;
using Analytics.Report.Blocks;

namespace Analytics.Report.Sections;

/// <summary>
/// The split of the target over the business lines under simulation: for three lines the map of
/// P(hit) over every split (a triangle), for any other number the best splits as bars and P(hit)
/// against each line's share in small multiples; the plan's split against the best and the
/// risk-balanced one (paired, on the same years), each line's sub-target risk, the margin/P(hit)
/// frontier, and how far the best split hangs on the response assumption it rests on. Absent until
/// the split analysis has run (it needs the scenario's <c>response</c> section).
/// </summary>
public sealed class SplitsSection : ReportSection
{
    /// <inheritdoc />
    public override string Id => "splits";

    /// <inheritdoc />
    public override BilingualText Title { get; } = new("業務類型占比", "Splitting the target over the business types");

    /// <inheritdoc />
    public override bool Applies(ReportContent content) => content is not null && (content.Splits is not null || content.SplitRanking is not null);

    /// <inheritdoc />
    protected override void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o)
    {
        var r = content.SplitFigures;
        string Name(string stream) => ReportText.StreamName(o, content, stream);
        if (r is not null)
        {
            SplitBlocks.Intro(writer, r, content.ResponseAssumption);
        }

        if (content.Splits is { } map)
        {
            writer.Chart("split-ternary", SalesCharts.SplitTernary(map, o));
        }

        if (content.SplitRanking is { } ranking)
        {
            writer.Chart("split-ranking", SalesCharts.SplitRanking(ranking, o));
        }

        if (content.SplitProfiles is { Count: > 0 } profiles)
        {
            writer.Chart("split-profiles", SalesCharts.ShareProfiles(profiles, o));
            writer.Paragraph(o.Text(
                "每格是一條業務線：橫軸是它的占比，縱軸是這個占比下、其餘各線占比取最佳時的達標機率；曲線越陡，全年的機會越取決於這條線分到多少。",
                "Each panel is one line: across, its share of the target; up, the best P(hit) with that share and the other lines' shares chosen as well as the grid allows. The steeper the curve, the more the year's chance turns on that line's share."), note: true);
        }

        if (r is not null)
        {
            SplitBlocks.Named(writer, r, name: Name);
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
