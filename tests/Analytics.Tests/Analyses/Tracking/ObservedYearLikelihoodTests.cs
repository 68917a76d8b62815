using Analytics.Analyses.Tracking;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Statistics;
using MathNet.Numerics;

namespace Analytics.Tests.Analyses.Tracking;

public class ObservedYearLikelihoodTests
{
    private static readonly double[] Even = [.. Enumerable.Repeat(1.0 / 12, 12)];

    [Fact]
    public void Revenue_FromJanuary_BetaDensityOfTheShareBookedOverX()
    {
        // κ 20, even months, six observed: W6 ~ Beta(10, 10); Y = 400 of X = 1000 has density f(0.4; 10, 10) / 1000.
        var expected = MathNet.Numerics.Distributions.Beta.PDFLn(10, 10, 0.4) - Math.Log(1000);
        Assert.Equal(expected, ObservedYearLikelihood.Revenue(400, 1000, 1, 6, 20, Even), 1e-10);
    }

    [Fact]
    public void Revenue_FirstMonthApril_SharesRenormalisedOverTheRestOfTheYear()
    {
        // From April the 9 months take 1/9 each: by June 3/9 of κ = 20, so W6 ~ Beta(20/3, 40/3).
        var expected = MathNet.Numerics.Distributions.Beta.PDFLn(20.0 / 3, 40.0 / 3, 0.25) - Math.Log(800);
        Assert.Equal(expected, ObservedYearLikelihood.Revenue(200, 800, 4, 6, 20, Even), 1e-10);
    }

    [Theory]
    [InlineData(0, 1000, 7, 0)] // nothing can book before July: 0 booked is certain
    [InlineData(5, 1000, 7, double.NegativeInfinity)] // and anything else impossible
    [InlineData(0, 0, 1, 0)] // a year worth nothing books nothing
    [InlineData(3, 0, 1, double.NegativeInfinity)]
    [InlineData(0, 1000, 1, double.NegativeInfinity)] // a year booking from January books something by June
    [InlineData(1000, 1000, 1, double.NegativeInfinity)] // all of X by June: the rest of the year must book something
    [InlineData(1200, 1000, 1, double.NegativeInfinity)]
    public void Revenue_PointMassesAndImpossibleYears(double booked, double annual, int firstMonth, double expected)
        => Assert.Equal(expected, ObservedYearLikelihood.Revenue(booked, annual, firstMonth, 6, 20, Even));

    [Fact]
    public void Weights_WinsOfLeads_PosteriorOfTheRateIsTheConjugateUpdate()
    {
        // The funnel's win rate is Beta(15, 85); 4 wins of 80 leads make it Beta(19, 161) (mean 0.10556,
        // sd 0.02284). The weights on the prior draws give the same mean and sd within their Monte Carlo error.
        var prior = PriorTrials.Simulate(TrackingTestScenarios.Funnel(), new SimulationOptions(40_000, seed: 5, threads: 2));
        var evidence = new YearEvidence(0, [0.0], [new RateEvidence("newCustomers.3c.winRate", 4, 76)], []);
        var w = ObservedYearLikelihood.Weights(prior, evidence);
        var p = prior.Rate("newCustomers.3c.winRate").ToArray();
        var posterior = new Beta(15, 85).Posterior(4, 80);
        var mean = ImportanceWeights.Mean(w, p);
        Assert.InRange(mean.Value, posterior.Mean - (4 * mean.StandardError), posterior.Mean + (4 * mean.StandardError));
        var variance = ImportanceWeights.Mean(w, [.. p.Select(x => (x - posterior.Mean) * (x - posterior.Mean))]);
        Assert.InRange(variance.Value, posterior.Variance - (4 * variance.StandardError), posterior.Variance + (4 * variance.StandardError));
        Assert.Equal(1, w.Max());
    }

    [Fact]
    public void Weights_OneBenchmarkWon_CountPosteriorIsTheBetaBinomialTimesItsShareWon()
    {
        // K ~ BetaBinomial(3; 7, 13) before; one account decided and won makes P(K = k) ∝ P(k) · k/3:
        // the exact posterior, from the beta-binomial pmf C(3, k) B(k + 7, 16 − k) / B(7, 13).
        var prior = PriorTrials.Simulate(TrackingTestScenarios.Cascade(), new SimulationOptions(40_000, seed: 6, threads: 2));
        var evidence = new YearEvidence(0, [0.0], [], [new CountEvidence("newProduct.benchmarks", 3, 1, 0)]);
        var w = ObservedYearLikelihood.Weights(prior, evidence);
        var k = prior.Counts.Single().Values.ToArray();
        var pmf = Enumerable.Range(0, 4).Select(j => Math.Exp(SpecialFunctions.BinomialLn(3, j) + SpecialFunctions.BetaLn(j + 7, 3 - j + 13) - SpecialFunctions.BetaLn(7, 13))).ToArray();
        var posterior = pmf.Select((p, j) => p * j / 3).ToArray();
        var sum = posterior.Sum();
        for (var j = 0; j < 4; j++)
        {
            var share = ImportanceWeights.Share(w, [.. k.Select(x => x == j ? 1.0 : 0.0)]);
            Assert.InRange(share.Value, (posterior[j] / sum) - (4 * share.StandardError) - 1e-12, (posterior[j] / sum) + (4 * share.StandardError) + 1e-12);
        }

        // A year that wins no benchmark contradicts the win: weight 0 exactly.
        Assert.All(Enumerable.Range(0, k.Length).Where(t => k[t] == 0), t => Assert.Equal(0, w[t]));
    }

    [Fact]
    public void Weights_NoTrialBooksThatMuch_ThrowsNamingTheStream()
    {
        var prior = PriorTrials.Simulate(TrackingTestScenarios.Normal(1000, 1000, 200, 20), new SimulationOptions(2000, seed: 1, threads: 2));
        var e = Assert.Throws<ArgumentException>(() => ObservedYearLikelihood.Weights(prior, YearEvidence.Revenue(6, [5000])));
        Assert.Contains("books 5,000.00 萬元 of only by month 6", e.Message, StringComparison.Ordinal);
        Assert.Null(ObservedYearLikelihood.TryWeights(prior, YearEvidence.Revenue(6, [5000])));
        Assert.Throws<ArgumentException>(() => ObservedYearLikelihood.Weights(prior, YearEvidence.Revenue(6, [1, 2])));
        Assert.Throws<ArgumentException>(() => ObservedYearLikelihood.Weights(prior, new YearEvidence(6, [400], [new RateEvidence("market", 1, 1)], [])));
    }
}
