using Analytics.Common;
using Analytics.Planning;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Tracking;

public class PipelineTests
{
    [Fact]
    public void Create_FactsOfThePlanYear_KeptInOrder()
    {
        var p = Pipeline.Create(
            Plans.Shipped,
            [new ObservedLeads(2026, 2, "lithium", null, 12, 2, SourceLocation.None), new ObservedLeads(2026, 1, "lithium", null, 8, 1, SourceLocation.None)],
            [new ObservedRenewals(2026, 1, CustomerTier.B, "tierBee", 4, 3, SourceLocation.None)],
            [new ObservedBenchmark(2026, 4, "new_product", true, SourceLocation.None)]);
        Assert.Equal([2, 1], p.Leads.Select(l => l.Month));
        Assert.Equal("tierBee", p.Renewals[0].ComponentName);
        Assert.Equal(4, p.LastMonth);
        Assert.False(p.IsEmpty);
        Assert.True(Pipeline.Empty.IsEmpty);
        Assert.Equal(0, Pipeline.Empty.LastMonth);
    }

    [Fact]
    public void Create_RepeatedRenewalsOrAnotherYear_RejectedAtTheFactsFile()
    {
        var twice = Assert.Throws<InputException>(() => Pipeline.Create(Plans.Shipped, [], [new ObservedRenewals(2026, 1, CustomerTier.A, null, 2, 1, SourceLocation.None), new ObservedRenewals(2026, 1, CustomerTier.A, null, 3, 1, SourceLocation.None)], []));
        Assert.Equal(TrackingFiles.Pipeline, twice.File);
        Assert.Contains("renewals of tier A (tierA) in 2026-01 appear twice", twice.Message, StringComparison.Ordinal);
        var year = Assert.Throws<InputException>(() => Pipeline.Create(Plans.Shipped, [], [], [new ObservedBenchmark(2025, 4, "new_product", true, new SourceLocation("p.csv", 9))]));
        Assert.Equal(("p.csv", 9), (year.File, year.Line));
    }

    [Fact]
    public void ObservedFacts_ComponentNames_DefaultToTheIndustryAndTheTier()
    {
        Assert.Equal("3c", new ObservedLeads(2026, 1, "3c", null, 1, 0, SourceLocation.None).ComponentName);
        Assert.Equal("3cPartners", new ObservedLeads(2026, 1, "3c", "3cPartners", 1, 0, SourceLocation.None).ComponentName);
        Assert.Equal("tierC", new ObservedRenewals(2026, 1, CustomerTier.C, null, 1, 0, SourceLocation.None).ComponentName);
        Assert.ThrowsAny<ArgumentException>(() => new ObservedLeads(2026, 1, "3c", null, 3, 4, SourceLocation.None));
        Assert.ThrowsAny<ArgumentException>(() => new ObservedRenewals(2026, 1, CustomerTier.C, null, 1, 2, SourceLocation.None));
        Assert.ThrowsAny<ArgumentException>(() => new ObservedBenchmark(2026, 0, "new_product", true, SourceLocation.None));
    }
}
