using Analytics.Market;
using Analytics.Report.Sections;

namespace Analytics.Interactive.Formatters;

/// <summary>HTML views of the growth justification, the same tables as the owner's report.</summary>
public static class GrowthHtml
{
    /// <summary>The justification: implied market, share needed at low and high market growth, the three views and their overlap.</summary>
    public static string Justification(GrowthJustification justification)
    {
        ArgumentNullException.ThrowIfNull(justification);
        return HtmlBlocks.Wrap(w => GrowthSection.WriteFigures(justification, w));
    }
}
