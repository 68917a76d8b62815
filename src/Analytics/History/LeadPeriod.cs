using Analytics.Common;

namespace Analytics.History;

/// <summary>The leads worked and the deals won in one period (a quarter, say), for one industry or for all.</summary>
/// <param name="Period">The period's label as written, e.g. "2024Q3".</param>
/// <param name="Industry">The industry, or null when the history does not split by industry.</param>
/// <param name="Leads">Qualified leads worked: a whole number &gt;= 0.</param>
/// <param name="Wins">Deals won from them: a whole number in [0, leads].</param>
/// <param name="Source">Where the row was read.</param>
public sealed record LeadPeriod(string Period, string? Industry, int Leads, int Wins, SourceLocation Source)
{
    /// <summary>The period's label (not blank).</summary>
    public string Period { get; } = Preconditions.NotBlank(Period);

    /// <summary>Leads (validated: &gt;= 0).</summary>
    public int Leads { get; } = Preconditions.NonNegative(Leads);

    /// <summary>Wins (validated: in [0, leads]).</summary>
    public int Wins { get; } = Preconditions.InRange(Wins, 0, Leads);
}
