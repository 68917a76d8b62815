using Analytics.Common;

namespace Analytics.Funnel;

/// <summary>
/// The lead-to-win rate an industry's target needs: wins = target / average deal, rate = wins / leads,
/// judged against a <see cref="ConversionBand"/>. Also on the leads whose wins can still book this
/// year, when the time to close is known: late leads count for less.
/// </summary>
public sealed record ImpliedConversion
{
    /// <summary>Creates the check.</summary>
    /// <param name="industry">The industry's name or id; not blank.</param>
    /// <param name="target">What the leads must deliver this year, 萬元, &gt;= 0 (e.g. the industry's target less what channel partners carry).</param>
    /// <param name="averageDeal">The average first order, 萬元, &gt; 0.</param>
    /// <param name="leads">Qualified leads in the year, &gt;= 0.</param>
    /// <param name="bookableLeads">Leads weighted by the chance their wins book this year, in [0, leads]; null when timing is not modelled.</param>
    /// <param name="band">The typical band; default 5%-20%.</param>
    public ImpliedConversion(string industry, decimal target, decimal averageDeal, double leads, double? bookableLeads = null, ConversionBand? band = null)
    {
        Industry = Preconditions.NotBlank(industry);
        Target = Preconditions.NonNegative(target);
        AverageDeal = Preconditions.Positive(averageDeal);
        Leads = Preconditions.NonNegative(leads);
        BookableLeads = bookableLeads is { } b ? Preconditions.InRange(b, 0.0, leads, nameof(bookableLeads)) : null;
        Band = band ?? ConversionBand.Typical;
    }

    /// <summary>The industry.</summary>
    public string Industry { get; }

    /// <summary>What the leads must deliver, 萬元.</summary>
    public decimal Target { get; }

    /// <summary>The average first order, 萬元.</summary>
    public decimal AverageDeal { get; }

    /// <summary>Qualified leads in the year.</summary>
    public double Leads { get; }

    /// <summary>Leads weighted by the chance their wins book this year, or null.</summary>
    public double? BookableLeads { get; }

    /// <summary>The band the rates are judged against.</summary>
    public ConversionBand Band { get; }

    /// <summary>Wins needed: target / average deal (fractional: an expectation).</summary>
    public decimal RequiredWins => Target / AverageDeal;

    /// <summary>Wins / leads; 0 for a zero target; null when there are no leads for a positive target.</summary>
    public double? RequiredRate => Rate(Leads);

    /// <summary>Wins / bookable leads; null when timing is not modelled or no lead can book.</summary>
    public double? RequiredRateOnBookable => BookableLeads is { } b ? Rate(b) : null;

    /// <summary>The verdict on <see cref="RequiredRate"/>.</summary>
    public ConversionVerdict Verdict => Band.Judge(RequiredRate);

    /// <summary>The verdict on <see cref="RequiredRateOnBookable"/>, or null when timing is not modelled.</summary>
    public ConversionVerdict? VerdictOnBookable => BookableLeads is null ? null : Band.Judge(RequiredRateOnBookable);

    /// <summary>Leads needed at the top of the typical band: ceiling(wins / band high); null when the band's top is 0.</summary>
    public int? LeadsNeededAtTypicalMaximum
        => Band.High == 0 ? null : (int)Math.Ceiling((double)RequiredWins / Band.High);

    /// <summary>The check for a pipeline's leads (and bookable leads) against <paramref name="target"/>.</summary>
    public static ImpliedConversion For(IndustryPipeline pipeline, decimal target, ConversionBand? band = null)
    {
        Preconditions.NotNull(pipeline);
        return new ImpliedConversion(pipeline.Industry, target, pipeline.AverageDeal, pipeline.Leads, Math.Min(pipeline.BookableLeads, pipeline.Leads), band);
    }

    private double? Rate(double leads)
        => Target == 0 ? 0.0 : leads > 0 ? (double)RequiredWins / leads : null;
}
