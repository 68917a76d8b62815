using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using MathNet.Numerics.Distributions;
using MathNetRandom = MathNet.Numerics.Random.Xoshiro256StarStar;

namespace Analytics.Tests.Scenarios;

/// <summary>
/// The reference scenario's probabilities have no closed form, so the engine is checked against an
/// independent implementation of seed-scenario.md written directly with MathNet's samplers and
/// generator (none of the toolkit's sampling code): one trial at a time, every draw as the text
/// describes it. Both estimate the same quantities from independent draws; their difference must
/// lie within 4 standard errors of a difference.
/// </summary>
public class ReferenceScenarioCrossCheckTests
{
    private const int Trials = 20_000;

    [Fact]
    public void Simulate_AgreesWithNaiveMathNetImplementation()
    {
        var engine = SimulationEngine.Run(new ScenarioModel(ScenarioLoader.Load(ScenarioFiles.Seed)), new SimulationOptions(Trials, seed: 21, threads: 2));
        var naive = Naive(Trials, seed: 4321);

        var totals = engine.Samples("total").ToArray();
        foreach (var (name, target, values) in new[]
        {
            ("repurchase", 1800.0, naive.R),
            ("newCustomers", 2200.0, naive.N),
            ("newProduct", 1000.0, naive.P),
            ("total", 5000.0, naive.Total),
        })
        {
            var e = engine.Output(name);
            var naiveMean = values.Average();
            var naiveSd = Math.Sqrt(values.Sum(v => (v - naiveMean) * (v - naiveMean)) / (values.Length - 1));
            var seDifference = Math.Sqrt((e.MeanStandardError * e.MeanStandardError) + (naiveSd * naiveSd / values.Length));
            Assert.True(Math.Abs(e.Mean - naiveMean) <= 4 * seDifference, $"{name}: engine mean {e.Mean} vs naive {naiveMean} (4 SE = {4 * seDifference})");

            var pNaive = values.Count(v => v >= target) / (double)values.Length;
            var pEngine = e.ProbabilityOfTarget!.Value;
            var seP = Math.Sqrt((pEngine * (1 - pEngine) / Trials) + (pNaive * (1 - pNaive) / values.Length));
            Assert.True(Math.Abs(pEngine - pNaive) <= 4 * seP, $"{name}: engine P(>= {target}) {pEngine} vs naive {pNaive} (4 SE = {4 * seP})");
            // The relative SE of a sample sd at n = 20,000 is about 1/sqrt(2n) = 0.5% (a little more
            // for these skewed sums); 5% is over 5 SE of the difference.
            Assert.True(Math.Abs(e.StandardDeviation - naiveSd) <= 0.05 * naiveSd, $"{name}: engine sd {e.StandardDeviation} vs naive {naiveSd}");
        }

        Assert.Equal(Trials, totals.Length);
    }

    private static (double[] R, double[] N, double[] P, double[] Total) Naive(int trials, int seed)
    {
        var rng = new MathNetRandom(seed);
        static LogNormal Order(double mean, double cv, System.Random rng)
        {
            var sigma2 = Math.Log(1 + (cv * cv));
            return new LogNormal(Math.Log(mean) - (sigma2 / 2), Math.Sqrt(sigma2), rng);
        }

        var market = Order(1.0, 0.10, rng);
        (int Customers, double P, LogNormal Value)[] tiers = [(20, 0.8, Order(30, 0.4, rng)), (25, 0.6, Order(18, 0.4, rng)), (15, 0.4, Order(10, 0.4, rng))];
        var upgrades = new MathNet.Numerics.Distributions.Poisson(100, rng);
        var upgradeValue = Order(10, 0.6, rng);
        (MathNet.Numerics.Distributions.Poisson Leads, MathNet.Numerics.Distributions.Beta Rate, LogNormal Value)[] industries =
        [
            (new MathNet.Numerics.Distributions.Poisson(120, rng), new MathNet.Numerics.Distributions.Beta(15, 85, rng), Order(45, 0.8, rng)),
            (new MathNet.Numerics.Distributions.Poisson(60, rng), new MathNet.Numerics.Distributions.Beta(12, 88, rng), Order(100, 0.8, rng)),
            (new MathNet.Numerics.Distributions.Poisson(90, rng), new MathNet.Numerics.Distributions.Beta(20, 80, rng), Order(40, 0.8, rng)),
        ];
        var benchmark = Order(150, 0.3, rng);
        var follower = Order(110, 0.5, rng);
        var followers = new DiscreteUniform(5, 8, rng);

        var r = new double[trials];
        var n = new double[trials];
        var p = new double[trials];
        var total = new double[trials];
        for (var t = 0; t < trials; t++)
        {
            var f = market.Sample();
            var repurchase = 0.0;
            foreach (var (customers, probability, value) in tiers)
            {
                for (var c = 0; c < customers; c++)
                {
                    repurchase += rng.NextDouble() < probability ? value.Sample() : 0;
                }
            }

            for (var k = upgrades.Sample(); k > 0; k--)
            {
                repurchase += upgradeValue.Sample();
            }

            var newCustomers = 0.0;
            foreach (var (leads, rate, value) in industries)
            {
                var w = rate.Sample();
                var l = leads.Sample();
                var wins = l == 0 ? 0 : MathNet.Numerics.Distributions.Binomial.Sample(rng, w, l);
                for (var k = 0; k < wins; k++)
                {
                    newCustomers += value.Sample();
                }
            }

            var newProduct = 0.0;
            var won = 0;
            for (var b = 0; b < 3; b++)
            {
                if (rng.NextDouble() < 0.35)
                {
                    won++;
                    newProduct += benchmark.Sample();
                }
            }

            if (won > 0)
            {
                for (var k = followers.Sample(); k > 0; k--)
                {
                    newProduct += follower.Sample();
                }
            }

            r[t] = f * repurchase;
            n[t] = f * newCustomers;
            p[t] = f * newProduct;
            total[t] = r[t] + n[t] + p[t];
        }

        return (r, n, p, total);
    }
}
