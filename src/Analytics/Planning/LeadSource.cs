using Analytics.Common;

namespace Analytics.Planning;

/// <summary>Leads an industry gets from a source other than trade shows (lead_sources.csv).</summary>
/// <param name="IndustryId">The industry.</param>
/// <param name="Kind">The source, e.g. integrators or referrals.</param>
/// <param name="Leads">Qualified leads a year (&gt;= 0).</param>
/// <param name="Source">Where the row was read.</param>
public sealed record LeadSource(string IndustryId, string Kind, int Leads, SourceLocation Source)
{
    /// <summary>Qualified leads a year.</summary>
    public int Leads { get; } = Preconditions.NonNegative(Leads);
}
