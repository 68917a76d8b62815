using Analytics.Common;

namespace Analytics.Funnel;

/// <summary>
/// Qualified leads from one source, arriving evenly over a span of months of the plan year: a trade
/// show's 50 leads all arrive in its month; referrals and integrator leads trickle in all year.
/// When they arrive decides whether a win can still book this year.
/// </summary>
public sealed record LeadFlow
{
    /// <summary>Creates a validated flow.</summary>
    /// <param name="source">A name for the source, e.g. "3C electronics fair"; not blank.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="leads">Expected qualified leads, &gt;= 0.</param>
    /// <param name="firstMonth">The first month leads arrive, 1 (January) to 12.</param>
    /// <param name="lastMonth">The last month, firstMonth to 12.</param>
    public LeadFlow(string source, LeadKind kind, double leads, int firstMonth, int lastMonth)
    {
        Source = Preconditions.NotBlank(source);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), $"kind must be a defined lead kind; was {(int)kind}.");
        Leads = Preconditions.NonNegative(leads);
        FirstMonth = Preconditions.InRange(firstMonth, 1, 12);
        LastMonth = Preconditions.InRange(lastMonth, firstMonth, 12);
    }

    /// <summary>The source's name.</summary>
    public string Source { get; }

    /// <summary>The kind of source.</summary>
    public LeadKind Kind { get; }

    /// <summary>Expected qualified leads.</summary>
    public double Leads { get; }

    /// <summary>The first month leads arrive (1-12).</summary>
    public int FirstMonth { get; }

    /// <summary>The last month leads arrive (1-12).</summary>
    public int LastMonth { get; }

    /// <summary>The months leads arrive in.</summary>
    public int Months => LastMonth - FirstMonth + 1;

    /// <summary>A trade show: all its leads in <paramref name="month"/>.</summary>
    public static LeadFlow TradeShow(string source, double leads, int month) => new(source, LeadKind.TradeShow, leads, month, month);

    /// <summary>Leads spread evenly over the whole year.</summary>
    public static LeadFlow AllYear(string source, LeadKind kind, double leads) => new(source, kind, leads, 1, 12);

    /// <summary>Expected leads arriving in <paramref name="month"/> (1-12).</summary>
    public double LeadsIn(int month)
    {
        Preconditions.InRange(month, 1, 12);
        return month >= FirstMonth && month <= LastMonth ? Leads / Months : 0.0;
    }
}
