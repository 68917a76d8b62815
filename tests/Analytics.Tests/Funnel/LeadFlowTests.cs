using Analytics.Funnel;

namespace Analytics.Tests.Funnel;

public class LeadFlowTests
{
    [Fact]
    public void TradeShow_AllLeadsInItsMonth()
    {
        var f = LeadFlow.TradeShow("3C fair", 50, 4);
        Assert.Equal(50.0, f.LeadsIn(4));
        Assert.Equal(0.0, f.LeadsIn(5));
        Assert.Equal(LeadKind.TradeShow, f.Kind);
    }

    [Fact]
    public void AllYear_SpreadsEvenly()
    {
        var f = LeadFlow.AllYear("integrators", LeadKind.Integrator, 60);
        Assert.Equal(12, f.Months);
        Assert.All(Enumerable.Range(1, 12), m => Assert.Equal(5.0, f.LeadsIn(m), 14));
    }

    [Theory]
    [InlineData("", 1.0, 1, 1)]
    [InlineData("x", -1.0, 1, 1)]
    [InlineData("x", double.NaN, 1, 1)]
    [InlineData("x", 1.0, 0, 1)]
    [InlineData("x", 1.0, 5, 4)]
    [InlineData("x", 1.0, 1, 13)]
    public void Constructor_Invalid_Throws(string source, double leads, int first, int last)
        => Assert.ThrowsAny<ArgumentException>(() => new LeadFlow(source, LeadKind.Other, leads, first, last));
}
