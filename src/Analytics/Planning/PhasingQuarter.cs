using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// One quarter of the phasing table (phasing.csv): the monthly target and the quarter's share of
/// the year as stated. The two can disagree (the seed's Q4 does); the audit reports it.
/// </summary>
public sealed record PhasingQuarter
{
    /// <summary>Creates a quarter row; the quarter must be 1-4.</summary>
    public PhasingQuarter(int quarter, decimal? monthlyAmount, decimal share, string focusZh, string focusEn, SourceLocation source)
    {
        Quarter = Preconditions.InRange(quarter, 1, 4);
        MonthlyAmount = monthlyAmount is { } m ? Preconditions.NonNegative(m, nameof(monthlyAmount)) : null;
        Share = Preconditions.Share(share);
        FocusZh = focusZh ?? string.Empty;
        FocusEn = focusEn ?? string.Empty;
        Source = source ?? SourceLocation.None;
    }

    /// <summary>Quarter number, 1-4.</summary>
    public int Quarter { get; }

    /// <summary>The stated target per month of the quarter, 萬元, or null.</summary>
    public decimal? MonthlyAmount { get; }

    /// <summary>The quarter's stated share of the annual target (fraction).</summary>
    public decimal Share { get; }

    /// <summary>What the quarter focuses on (Chinese).</summary>
    public string FocusZh { get; }

    /// <summary>What the quarter focuses on (English).</summary>
    public string FocusEn { get; }

    /// <summary>Where the row was read.</summary>
    public SourceLocation Source { get; }

    /// <summary>A copy stating <paramref name="monthlyAmount"/> 萬元 a month (null: no monthly figure), validated again.</summary>
    public PhasingQuarter WithMonthlyAmount(decimal? monthlyAmount) => new(Quarter, monthlyAmount, Share, FocusZh, FocusEn, Source);

    /// <summary>A copy stating <paramref name="share"/> of the year (a fraction in [0, 1]), validated again.</summary>
    public PhasingQuarter WithShare(decimal share) => new(Quarter, MonthlyAmount, share, FocusZh, FocusEn, Source);

    /// <summary>"Q1" .. "Q4".</summary>
    public string Label => "Q" + Quarter.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
