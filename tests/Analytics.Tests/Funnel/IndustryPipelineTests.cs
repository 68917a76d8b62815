using Analytics.Funnel;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Funnel;

public class IndustryPipelineTests
{
    // The seed's 3C funnel: the April fair's 50 leads, 50 from integrators and 20 referrals over the year.
    private static readonly IndustryPipeline ThreeC = new(
        "3c",
        [LeadFlow.TradeShow("3C fair", 50, 4), LeadFlow.AllYear("integrators", LeadKind.Integrator, 50), LeadFlow.AllYear("referrals", LeadKind.Referral, 20)],
        new WinRate(15, 85),
        45m,
        TimeToClose.Gamma(4.0, 1.0));

    private static double AllYearShare => Enumerable.Range(1, 12).Average(m => 1 - Math.Exp(-(12.5 - m) / 4));

    [Fact]
    public void Expectations_HandComputed()
    {
        var bookable = (50 * (1 - Math.Exp(-8.5 / 4))) + (70 * AllYearShare);
        Assert.Equal(120.0, ThreeC.Leads);
        Assert.Equal(18.0, ThreeC.ExpectedWins, 12);
        Assert.Equal(bookable, ThreeC.BookableLeads, 10);
        Assert.Equal(bookable * 0.15, ThreeC.ExpectedWinsBookedThisYear, 10);
        Assert.Equal(18.0 * 45, (double)(ThreeC.ExpectedRevenueThisYear + ThreeC.ExpectedRevenueSlipping), 8);
    }

    [Fact]
    public void Sample_MeansOfWinsAndBooked_MatchExpectations()
    {
        // 4000 draws; the tolerance is 4 standard errors from the draws' own spread.
        var rng = new Xoshiro256StarStar(5);
        const int n = 4000;
        var wins = new double[n];
        var booked = new double[n];
        for (var i = 0; i < n; i++)
        {
            (var w, var b) = ThreeC.Sample(ref rng);
            (wins[i], booked[i]) = (w, b);
        }

        AssertMean(wins, ThreeC.ExpectedWins);
        AssertMean(booked, ThreeC.ExpectedWinsBookedThisYear);
        Assert.True(booked.Zip(wins).All(p => p.First <= p.Second));
    }

    [Fact]
    public void Constructor_NegativeDeal_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new IndustryPipeline("x", [], new WinRate(1, 1), -1m, TimeToClose.Gamma(1, 1)));

    private static void AssertMean(double[] draws, double expected)
    {
        var mean = draws.Average();
        var se = Math.Sqrt(draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1) / draws.Length);
        Assert.InRange(mean, expected - (4 * se), expected + (4 * se));
    }
}
