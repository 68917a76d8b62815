using Analytics.Funnel;

namespace Analytics.Tests.Funnel;

public class ImpliedConversionTests
{
    [Theory]
    [InlineData(800, 45, 120, 800.0 / 45 / 120, ConversionVerdict.Typical)]        // seed 3C: 14.8%
    [InlineData(700, 100, 60, 700.0 / 100 / 60, ConversionVerdict.Typical)]        // lithium: 11.7%
    [InlineData(700, 40, 90, 700.0 / 40 / 90, ConversionVerdict.Typical)]          // packaging: 19.4%
    [InlineData(800, 45, 50, 800.0 / 45 / 50, ConversionVerdict.AboveTypical)]     // 3C on the fair's leads alone: 35.6%
    [InlineData(800, 45, 10, 800.0 / 45 / 10, ConversionVerdict.Impossible)]       // more wins than leads
    [InlineData(100, 45, 120, 100.0 / 45 / 120, ConversionVerdict.BelowTypical)]   // 1.9%
    public void RequiredRate_SeedIndustries_HandComputedAndJudged(double target, double deal, double leads, double rate, ConversionVerdict verdict)
    {
        var c = new ImpliedConversion("x", (decimal)target, (decimal)deal, leads);
        Assert.Equal(rate, c.RequiredRate!.Value, 12);
        Assert.Equal(verdict, c.Verdict);
    }

    [Fact]
    public void NoLeads_PositiveTarget_IsImpossibleWithNoRate()
    {
        var c = new ImpliedConversion("x", 100m, 45m, 0);
        Assert.Null(c.RequiredRate);
        Assert.Equal(ConversionVerdict.Impossible, c.Verdict);
    }

    [Fact]
    public void ZeroTarget_NeedsNothing()
        => Assert.Equal(0.0, new ImpliedConversion("x", 0m, 45m, 0).RequiredRate);

    [Fact]
    public void LeadsNeededAtTypicalMaximum_3COnFairLeads_Is89()
        => Assert.Equal(89, new ImpliedConversion("x", 800m, 45m, 50).LeadsNeededAtTypicalMaximum);   // 17.78 / 0.2 = 88.9

    [Fact]
    public void BookableLeads_RaiseTheRequiredRate()
    {
        var c = new ImpliedConversion("x", 700m, 40m, 90, bookableLeads: 70);
        Assert.Equal(17.5 / 70, c.RequiredRateOnBookable!.Value, 12);
        Assert.Equal(ConversionVerdict.AboveTypical, c.VerdictOnBookable);
        Assert.Equal(ConversionVerdict.Typical, c.Verdict);
    }

    [Fact]
    public void For_Pipeline_UsesItsLeadsAndTiming()
    {
        // Exponential time to close, mean 6 months: the May fair's leads have 7.5 months left.
        var pipeline = new IndustryPipeline("lithium", [LeadFlow.TradeShow("fair", 50, 5), LeadFlow.AllYear("referrals", LeadKind.Referral, 10)], new WinRate(12, 88), 100m, TimeToClose.Gamma(6, 1.0));
        var c = ImpliedConversion.For(pipeline, 700m);
        var bookable = (50 * (1 - Math.Exp(-7.5 / 6))) + (10 * Enumerable.Range(1, 12).Average(m => 1 - Math.Exp(-(12.5 - m) / 6)));
        Assert.Equal(60.0, c.Leads);
        Assert.Equal(bookable, c.BookableLeads!.Value, 10);
        Assert.Equal(7.0 / bookable, c.RequiredRateOnBookable!.Value, 10);
    }

    [Fact]
    public void Constructor_BookableAboveLeads_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ImpliedConversion("x", 1m, 1m, 10, 11));

    [Fact]
    public void ConversionBand_HighBelowLow_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionBand(0.2, 0.1));
}
