using Analytics.Scenarios.Sections;
using Analytics.Scenarios;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Analyses;

/// <summary>Models and scenarios whose answers are known in closed form, for the analyses' known-answer tests.</summary>
internal static class AnalysisTestModels
{
    /// <summary><paramref name="n"/> draws of <paramref name="d"/> from a generator seeded with <paramref name="seed"/>.</summary>
    public static double[] Draws(int n, ulong seed, Distribution d)
    {
        var rng = new Xoshiro256StarStar(seed);
        var x = new double[n];
        d.Samples(ref rng, x);
        return x;
    }

    /// <summary>A component worth X ~ Normal(mean, sd) in each trial, drawn from its own block stream.</summary>
    public sealed class NormalComponent(string name, double mean, double sd) : ITrialComponent
    {
        private readonly ulong _key = RandomStreams.Key(name + ".normal");
        private readonly Normal _value = new(mean, sd);

        public string Name => name;

        public double ExpectedValue => mean;

        public IReadOnlyList<ScalarInput> Inputs => [];

        public void AddBlock(BlockContext block, Span<double> totals)
        {
            var rng = block.Stream(_key);
            var draws = block.RentDoubles(block.Count);
            _value.Samples(ref rng, draws);
            for (var t = 0; t < totals.Length; t++)
            {
                totals[t] += draws[t];
            }
        }

        public ITrialComponent WithInput(ScalarInput input) => this;
    }

    /// <summary>A component worth weight × its named input in each trial (no randomness of its own).</summary>
    public sealed class InputComponent(string name, ScalarInput input, double weight = 1) : ITrialComponent
    {
        public string Name => name;

        public double ExpectedValue => weight * input.Distribution.Mean;

        public IReadOnlyList<ScalarInput> Inputs => [input];

        public void AddBlock(BlockContext block, Span<double> totals)
        {
            var x = block.Input(input.Name);
            for (var t = 0; t < totals.Length; t++)
            {
                totals[t] += weight * x[t];
            }
        }

        public ITrialComponent WithInput(ScalarInput replacement) => replacement.Name == input.Name ? new InputComponent(name, replacement, weight) : this;
    }

    /// <summary>
    /// A one-stream scenario whose total is X + Y + ε with X ~ N(1000, 300²) and Y ~ N(1000, 400²)
    /// named inputs and ε ~ N(0, 200²) internal noise, all independent, against <paramref name="target"/>:
    /// every sensitivity figure has a closed form (see <see cref="LinearSd"/>).
    /// </summary>
    public static Scenario LinearScenario(double target)
        => new("linear", null, target, [new ScenarioStream("only", target, null,
        [
            new InputComponent("only.x", new ScalarInput("x", new Normal(1000, 300))),
            new InputComponent("only.y", new ScalarInput("y", new Normal(1000, 400))),
            new NormalComponent("only.noise", 0, 200),
        ])], [], "linear");

    /// <summary>The sd of <see cref="LinearScenario"/>'s total: sqrt(300² + 400² + 200²) = 538.5.</summary>
    public static readonly double LinearSd = Math.Sqrt((300 * 300) + (400 * 400) + (200 * 200));

    /// <summary>A one-stream scenario whose total is Normal(mean, sd), with the given analysis sections.</summary>
    public static Scenario NormalScenario(double target, double mean, double sd, AnalysisSections? sections = null)
        => new Scenario("normal", null, target, [new ScenarioStream("only", target, null, [new NormalComponent("only.x", mean, sd)])], [], "test")
        {
            Analysis = sections ?? AnalysisSections.None,
        };

    /// <summary>
    /// Ishigami's function f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π), a = 7, b = 0.1:
    /// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; S1 = (1/2)(1 + bπ⁴/5)²/V = 0.3139, S2 = (a²/8)/V = 0.4424,
    /// S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437 (Saltelli et al., Global Sensitivity Analysis, 2008).
    /// </summary>
    public sealed class Ishigami : ITrialModel
    {
        public const double A = 7;
        public const double B = 0.1;

        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("f", null)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = [new("x1", new Uniform(-Math.PI, Math.PI)), new("x2", new Uniform(-Math.PI, Math.PI)), new("x3", new Uniform(-Math.PI, Math.PI))];

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "ishigami";

        public void SimulateBlock(BlockContext block)
        {
            var x1 = block.Input(0);
            var x2 = block.Input(1);
            var x3 = block.Input(2);
            var f = block.Output(0);
            for (var t = 0; t < f.Length; t++)
            {
                f[t] = Math.Sin(x1[t]) + (A * Math.Sin(x2[t]) * Math.Sin(x2[t])) + (B * Math.Pow(x3[t], 4) * Math.Sin(x1[t]));
            }
        }
    }

    /// <summary>
    /// y = Σ a_i x_i + ε with x_i ~ N(0, 1) named inputs and ε ~ N(0, noise²) internal noise from a
    /// block stream: Var y = Σ a² + noise², and S_i = ST_i = a_i² / Var y when the noise is held
    /// common across a design row.
    /// </summary>
    public sealed class NoisyLinear(double[] weights, double noise) : ITrialModel
    {
        private static readonly ulong NoiseKey = RandomStreams.Key("noise");

        public IReadOnlyList<ModelOutput> Outputs { get; } = [new("y", null)];

        public IReadOnlyList<ScalarInput> Inputs { get; } = weights.Select((_, i) => new ScalarInput("x" + (i + 1), new Normal(0, 1))).ToArray();

        public IReadOnlyList<RankCorrelation> Correlations => [];

        public string Fingerprint => "noisy-linear";

        public double Variance => weights.Sum(a => a * a) + (noise * noise);

        public void SimulateBlock(BlockContext block)
        {
            var y = block.Output(0);
            var rng = block.Stream(NoiseKey);
            for (var t = 0; t < y.Length; t++)
            {
                var v = noise * StandardNormal.Sample(ref rng);
                for (var i = 0; i < weights.Length; i++)
                {
                    v += weights[i] * block.Input(i)[t];
                }

                y[t] = v;
            }
        }
    }

    /// <summary>Φ, the standard normal CDF.</summary>
    public static double Phi(double z) => StandardNormal.Cdf(z);
}
