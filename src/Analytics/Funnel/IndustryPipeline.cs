using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Funnel;

/// <summary>
/// One industry's new-customer pipeline with timing: lead flows by month, an uncertain win rate, an
/// average first order, and a time to close that pushes late wins into next year. Expected values
/// are closed forms; the sampler draws leads (Poisson per flow), the rate (Beta, once), wins
/// (Binomial) and, for each win, its lead's month and its time to close.
/// </summary>
public sealed record IndustryPipeline
{
    private readonly LeadFlow[] _flows;

    /// <summary>Creates a validated pipeline.</summary>
    /// <param name="industry">The industry's name or id; not blank.</param>
    /// <param name="flows">Its lead flows; may be empty (no leads).</param>
    /// <param name="winRate">The lead-to-win rate.</param>
    /// <param name="averageDeal">The average first order of a new customer, 萬元, &gt;= 0.</param>
    /// <param name="timeToClose">Months from lead to booked order.</param>
    public IndustryPipeline(string industry, IReadOnlyList<LeadFlow> flows, WinRate winRate, decimal averageDeal, TimeToClose timeToClose)
    {
        Industry = Preconditions.NotBlank(industry);
        Preconditions.NotNull(flows);
        _flows = flows.Select((f, i) => f ?? throw new ArgumentNullException(nameof(flows), $"flows[{i}] must not be null.")).ToArray();
        WinRate = Preconditions.NotNull(winRate);
        AverageDeal = Preconditions.NonNegative(averageDeal);
        TimeToClose = Preconditions.NotNull(timeToClose);
    }

    /// <summary>The industry.</summary>
    public string Industry { get; }

    /// <summary>Its lead flows.</summary>
    public IReadOnlyList<LeadFlow> Flows => _flows;

    /// <summary>The lead-to-win rate.</summary>
    public WinRate WinRate { get; }

    /// <summary>The average first order, 萬元.</summary>
    public decimal AverageDeal { get; }

    /// <summary>Months from lead to booked order.</summary>
    public TimeToClose TimeToClose { get; }

    /// <summary>Expected qualified leads in the year.</summary>
    public double Leads => _flows.Sum(f => f.Leads);

    /// <summary>Leads weighted by the chance that a win from them books this year: sum of leads x share booked.</summary>
    public double BookableLeads => _flows.Sum(f => f.Leads * TimeToClose.ShareBookedThisYear(f));

    /// <summary>Expected wins from this year's leads, wherever they book: leads x E[w].</summary>
    public double ExpectedWins => Leads * WinRate.Mean;

    /// <summary>Expected wins that book this year: bookable leads x E[w].</summary>
    public double ExpectedWinsBookedThisYear => BookableLeads * WinRate.Mean;

    /// <summary>Expected revenue booked this year, 萬元.</summary>
    public decimal ExpectedRevenueThisYear => (decimal)ExpectedWinsBookedThisYear * AverageDeal;

    /// <summary>Expected revenue from this year's leads that books next year, 萬元.</summary>
    public decimal ExpectedRevenueSlipping => (decimal)(ExpectedWins - ExpectedWinsBookedThisYear) * AverageDeal;

    /// <summary>Draws one year: all wins from this year's leads, and those that book within the year.</summary>
    public (int Wins, int BookedThisYear) Sample<TRandom>(ref TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var rate = WinRate.Distribution.Sample(ref rng);
        var wins = 0;
        var booked = 0;
        foreach (var flow in _flows)
        {
            var leads = Poisson.Sample(ref rng, flow.Leads);
            var flowWins = Binomial.Sample(ref rng, leads, rate);
            wins += flowWins;
            for (var i = 0; i < flowWins; i++)
            {
                var month = flow.FirstMonth + (int)(rng.NextDouble() * flow.Months);
                if (TimeToClose.Sample(ref rng) <= TimeToClose.MonthsLeft(month))
                {
                    booked++;
                }
            }
        }

        return (wins, booked);
    }
}
