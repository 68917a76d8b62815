using Analytics.Funnel;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Scenarios.Components;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Tests.Scenarios.Components;

public class ComponentKindTests
{
    private static readonly IndustryFunnel Funnel = new("s.f", new Poisson(120), ScalarInput.Fixed("s.f.winRate", 0.2), LogNormal.FromMeanCv(10, 0.5));

    [Fact]
    public void MovableMeans_Funnel_LeadsThenOrderValue_EachReplaceableOnTheComponent()
    {
        var means = ComponentCatalog.Find("industryFunnel")!.MovableMeans(Funnel);
        Assert.Equal(["leads", "orderValue"], means.Select(m => m.Key));
        Assert.Equal([true, false], means.Select(m => m.IsCount));
        var moreLeads = (IndustryFunnel)means[0].Replace(Funnel, new Poisson(150));
        Assert.Equal(150, moreLeads.Leads.Mean);
        Assert.Same(Funnel.WinRate, moreLeads.WinRate);
        var dearer = (IndustryFunnel)means[1].Replace(Funnel, new Constant(12));
        Assert.Equal(12, dearer.OrderValue.Mean);
        Assert.Equal(Funnel.Leads, dearer.Leads);
    }

    [Fact]
    public void MovableMeans_Cascade_ValuesOnlyNotTheFollowerCount()
    {
        var cascade = new BenchmarkCascade("n.b", 3, ScalarInput.Fixed("n.b.winProbability", 0.35), new Constant(8), new Poisson(4), new Constant(2));
        var means = ComponentCatalog.Of(cascade)!.MovableMeans(cascade);
        Assert.Equal(["benchmarkValue", "followerValue"], means.Select(m => m.Key));
        var moved = (BenchmarkCascade)means[1].Replace(cascade, new Constant(3));
        Assert.Equal((8.0, 3.0, 4.0), (moved.BenchmarkValue.Mean, moved.FollowerValue.Mean, moved.Followers.Mean));
    }

    [Fact]
    public void TrialsOf_Probabilities_LeadsCustomersProspectsOrZero()
    {
        Assert.Equal(120, ComponentCatalog.Of(Funnel)!.TrialsOf(Funnel, "s.f.winRate"));
        Assert.Equal(0, ComponentCatalog.Of(Funnel)!.TrialsOf(Funnel, "market"));
        var tier = new RenewalTier("r.t", 40, ScalarInput.Fixed("r.t.renewalProbability", 0.9), new Constant(1));
        Assert.Equal(40, ComponentCatalog.Of(tier)!.TrialsOf(tier, "r.t.renewalProbability"));
        var pool = new OrderPool("r.p", new Poisson(5), new Constant(1));
        Assert.Equal(0, ComponentCatalog.Of(pool)!.TrialsOf(pool, "r.p.count"));
    }

    [Fact]
    public void Methods_ComponentOfAnotherKind_ThrowNamingBoth()
    {
        var tierKind = ComponentCatalog.Find("renewalTier")!;
        var e = Assert.Throws<ArgumentException>(() => tierKind.MovableMeans(Funnel));
        Assert.Contains("IndustryFunnel, not a RenewalTier (renewalTier)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => tierKind.TrialsOf(Funnel, "x"));
        Assert.ThrowsAny<ArgumentException>(() => tierKind.Example(" "));
        Assert.Equal("renewalTier", tierKind.ToString());
    }

    [Fact]
    public void RateOfAndCountOf_WhatPipelineFactsObserve()
    {
        Assert.Same(Funnel.WinRate, ComponentCatalog.Of(Funnel)!.RateOf(Funnel));
        var tier = new RenewalTier("r.t", 40, ScalarInput.Fixed("r.t.renewalProbability", 0.9), new Constant(1));
        Assert.Same(tier.RenewalProbability, ComponentCatalog.Of(tier)!.RateOf(tier));
        Assert.Null(ComponentCatalog.Of(tier)!.CountOf(tier));
        var pool = new OrderPool("r.p", new Poisson(5), new Constant(1));
        Assert.Null(ComponentCatalog.Of(pool)!.RateOf(pool));
        var cascade = new BenchmarkCascade("n.b", 3, ScalarInput.Fixed("n.b.winProbability", 0.35), new Constant(8), new Poisson(4), new Constant(2));
        Assert.Equal(3, ComponentCatalog.Of(cascade)!.CountOf(cascade)!.Chances);
        Assert.Same(cascade.WinProbability, ComponentCatalog.Of(cascade)!.RateOf(cascade));
    }
}
