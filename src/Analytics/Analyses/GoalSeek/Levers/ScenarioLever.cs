using System.Text.RegularExpressions;
using Analytics.Common;
using Analytics.Scenarios.Components;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Analyses.GoalSeek.Levers;

/// <summary>
/// One number of a scenario that an analysis can set (goal seek: "what would the win rate have to
/// be?"), addressed by a path, and how setting it changes the scenario. Every lever moves its
/// inputs through a monotone map of the same draws (<see cref="TransformedDistribution"/>) or
/// replaces a count's mean (inversion sampling, one uniform per draw), so the scenario at any
/// value runs on the same random numbers as at any other (common random numbers). Counts drawn
/// from a moved probability (renewals, wins) invert one uniform per trial while
/// n·min(p, 1 − p) &lt; <see cref="Binomial.InversionLimit"/>, so there a higher rate never gives a
/// trial fewer successes; above it they are drawn by rejection from the trial's own sub-stream and
/// coupled only in distribution.
/// </summary>
/// <remarks>
/// Paths (a <c>*</c> matches within one dot-separated part):
/// <list type="bullet">
/// <item>a probability input or several, e.g. <c>newProduct.benchmarks.winProbability</c> or
/// <c>newCustomers.*.winRate</c>: the value is their mean, weighted by the trials each applies to
/// (expected leads, customers, prospects); setting it multiplies every matched rate's odds by the
/// same factor, so each stays in [0, 1] and keeps its spread on the log-odds scale;</item>
/// <item>another input, e.g. <c>market</c>: the value is its mean; setting it scales every draw;</item>
/// <item>a count's mean, e.g. <c>newCustomers.3c.leads.mean</c> (Poisson counts only), or the sum
/// of several (<c>newCustomers.*.leads.mean</c>, scaled in proportion);</item>
/// <item>an order value's mean, e.g. <c>newCustomers.3c.orderValue.mean</c>: its draws are scaled.</item>
/// </list>
/// </remarks>
public sealed class ScenarioLever
{
    private readonly Func<Scenario, double, Scenario> _apply;

    private ScenarioLever(string path, string description, double baseline, double minimum, double maximum, IReadOnlyList<string> targets, Func<Scenario, double, Scenario> apply)
    {
        Path = path;
        Description = description;
        Baseline = baseline;
        Minimum = minimum;
        Maximum = maximum;
        Targets = targets;
        _apply = apply;
    }

    /// <summary>The path as given, e.g. "newCustomers.*.winRate".</summary>
    public string Path { get; }

    /// <summary>What the value means, e.g. "lead-weighted mean of 6 win rates".</summary>
    public string Description { get; }

    /// <summary>The value in the scenario as written.</summary>
    public double Baseline { get; }

    /// <summary>The lower end of the default search range.</summary>
    public double Minimum { get; }

    /// <summary>The upper end of the default search range.</summary>
    public double Maximum { get; }

    /// <summary>The inputs or parameters the lever moves (their full paths).</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>The scenario with the lever at <paramref name="value"/> (finite; for probabilities strictly inside (0, 1)).</summary>
    public Scenario Apply(Scenario scenario, double value)
    {
        Preconditions.NotNull(scenario);
        Preconditions.Finite(value);
        return _apply(scenario, value);
    }

    /// <summary>The lever at <paramref name="path"/> in <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentException">Nothing matches the path, or what matches cannot be moved (with the paths that can).</exception>
    public static ScenarioLever Parse(Scenario scenario, string path)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotBlank(path);
        var pattern = new Regex("^" + string.Join("\\.", path.Split('.').Select(p => Regex.Escape(p).Replace("\\*", "[^.]*", StringComparison.Ordinal))) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var inputs = scenario.Inputs.Where(i => pattern.IsMatch(i.Name)).ToArray();
        if (inputs.Length > 0)
        {
            return InputLever(scenario, path, inputs);
        }

        if (path.EndsWith(".mean", StringComparison.Ordinal))
        {
            var parameters = Parameters(scenario).Where(p => pattern.IsMatch(p.Path + ".mean")).ToArray();
            if (parameters.Length > 0)
            {
                return ParameterLever(path, parameters);
            }
        }

        throw new ArgumentException($"path \"{path}\" matches nothing that can be moved; inputs: {string.Join(", ", scenario.Inputs.Where(i => !i.Distribution.IsConstant).Select(i => i.Name))}; means: {string.Join(", ", Parameters(scenario).Select(p => p.Path + ".mean"))}.", nameof(path));
    }

    private static ScenarioLever InputLever(Scenario scenario, string path, ScalarInput[] inputs)
    {
        var constant = inputs.FirstOrDefault(i => i.Distribution.IsConstant && inputs.Length > 1);
        var probabilities = inputs.All(i => i.Distribution.Minimum >= 0 && i.Distribution.Maximum <= 1);
        if (!probabilities && inputs.Length > 1)
        {
            throw new ArgumentException($"path \"{path}\" matches several inputs that are not all probabilities ({string.Join(", ", inputs.Select(i => i.Name))}); give one.", nameof(path));
        }

        var names = inputs.Select(i => i.Name).ToArray();
        if (!probabilities)
        {
            var input = inputs[0];
            var mean = input.Distribution.Mean;
            if (!(mean > 0) || input.Distribution.Minimum < 0)
            {
                throw new ArgumentException($"the input \"{input.Name}\" is {input.Distribution}: only inputs with values >= 0 and a mean > 0 can be scaled.", nameof(path));
            }

            return new ScenarioLever(
                path,
                $"mean of {input.Name} (its draws scaled)",
                mean,
                mean / 4,
                mean * 4,
                names,
                // The value is the mean, so the draws scale by value / mean (the original's draws, not
                // already-moved ones, so applying twice does not compound).
                (s, v) => s.WithInput(input with { Distribution = new TransformedDistribution(input.Distribution, Transform.Scale, Preconditions.Positive(v, "value") / mean) }));
        }

        if (constant is not null)
        {
            throw new ArgumentException($"path \"{path}\" matches the constant input \"{constant.Name}\"; a constant rate cannot be moved with others on the odds scale (give its own path).", nameof(path));
        }

        // Weights: the trials each rate applies to, so the value is the expected conversion of the group.
        var weights = inputs.Select(i => Weight(scenario, i.Name)).ToArray();
        var quantiles = inputs.Select(i => new QuantileCache(i.Distribution)).ToArray();
        double MeanAt(double delta)
        {
            var sum = 0.0;
            for (var k = 0; k < inputs.Length; k++)
            {
                sum += weights[k] * quantiles[k].Expectation(x => TransformedDistribution.Map(Transform.LogOddsShift, delta, x));
            }

            return sum / weights.Sum();
        }

        var baseline = MeanAt(0);
        return new ScenarioLever(
            path,
            inputs.Length == 1 ? $"mean of {names[0]} (odds moved)" : $"mean of {inputs.Length} rates weighted by their trials ({string.Join(", ", names)}; odds moved together)",
            baseline,
            baseline / 4,
            1 - ((1 - baseline) / 4),
            names,
            (s, v) =>
            {
                if (v is <= 0 or >= 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(v), $"the mean of a probability must be in (0, 1); was {Preconditions.Format(v)}.");
                }

                var delta = Bisect(MeanAt, v, -30, 30);
                foreach (var input in inputs)
                {
                    s = s.WithInput(input with { Distribution = new TransformedDistribution(input.Distribution, Transform.LogOddsShift, delta) });
                }

                return s;
            });
    }

    private static ScenarioLever ParameterLever(string path, Parameter[] parameters)
    {
        var isCount = parameters[0].IsCount;
        if (parameters.Any(p => p.IsCount != isCount) || (!isCount && parameters.Length > 1))
        {
            throw new ArgumentException($"path \"{path}\" matches {string.Join(", ", parameters.Select(p => p.Path))}; a group can only be counts (leads, orders): give one order value at a time.", nameof(path));
        }

        var baseline = parameters.Sum(p => p.Mean);
        if (!(baseline > 0))
        {
            throw new ArgumentException($"path \"{path}\" has mean {Preconditions.Format(baseline)}; only a mean > 0 can be scaled.", nameof(path));
        }

        return new ScenarioLever(
            path,
            parameters.Length == 1 ? $"mean of {parameters[0].Path}" : $"sum of the means of {string.Join(", ", parameters.Select(p => p.Path))} (scaled together)",
            baseline,
            0,
            baseline * 4,
            parameters.Select(p => p.Path).ToArray(),
            (s, v) =>
            {
                var factor = Preconditions.NonNegative(v, "value") / baseline;
                return parameters.Aggregate(s, (current, p) => p.Scale(current, factor));
            });
    }

    // Trials a probability applies to in the components that read it (1 when none is known).
    private static double Weight(Scenario scenario, string input)
    {
        var weight = 0.0;
        foreach (var component in scenario.Streams.SelectMany(s => s.Components))
        {
            weight += ComponentCatalog.Of(component)?.TrialsOf(component, input) ?? 0;
        }

        return weight > 0 ? weight : 1;
    }

    // Value solving f(x) = target for increasing f on [lo, hi].
    private static double Bisect(Func<double, double> f, double target, double lo, double hi)
    {
        for (var i = 0; i < 200 && hi - lo > 1e-12; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>The means a lever can move: the components' movable means (<see cref="ComponentCatalog"/>), counts only when Poisson (a count's mean is replaced by inversion, one uniform per draw).</summary>
    private static IEnumerable<Parameter> Parameters(Scenario scenario)
    {
        foreach (var stream in scenario.Streams)
        {
            foreach (var c in stream.Components)
            {
                foreach (var mean in ComponentCatalog.Of(c)?.MovableMeans(c) ?? [])
                {
                    var path = c.Name + "." + mean.Key;
                    if (mean.Distribution is not CountDistribution count)
                    {
                        var value = mean.Distribution;
                        yield return new(stream.Name, c.Name, path, value.Mean, IsCount: false, (comp, factor) => mean.Replace(comp, Scaled(value, factor)));
                    }
                    else if (count is Poisson)
                    {
                        yield return new(stream.Name, c.Name, path, count.Mean, IsCount: true, (comp, factor) => mean.Replace(comp, new Poisson(count.Mean * factor)));
                    }
                }
            }
        }
    }

    // A lognormal stays a lognormal (same normals, so the same draws scaled, and the fast kernel).
    private static Distribution Scaled(Distribution value, double factor)
        => factor == 0 ? new Constant(0)
            : value is LogNormal l ? new LogNormal(l.Mu + Math.Log(factor), l.Sigma)
            : new TransformedDistribution(value, Transform.Scale, factor);

    /// <summary>A movable mean of one component: its path, its value, and how to rebuild the component scaled.</summary>
    private sealed record Parameter(string Stream, string Component, string Path, double Mean, bool IsCount, Func<ITrialComponent, double, ITrialComponent> Rebuild)
    {
        public Scenario Scale(Scenario scenario, double factor)
            => scenario with
            {
                Streams = scenario.Streams.Select(s => s.Name != Stream ? s : s with
                {
                    Components = s.Components.Select(c => c.Name == Component ? Rebuild(c, factor) : c).ToArray(),
                }).ToArray(),
            };
    }

    /// <summary>A distribution's quantiles at the quadrature nodes, computed once (a beta's inverse CDF is slow) for repeated expectations.</summary>
    private sealed class QuantileCache(Distribution distribution)
    {
        private readonly Dictionary<double, double> _values = [];

        public double Expectation(Func<double, double> f)
            => distribution.IsConstant
                ? f(distribution.Mean)
                : Quadrature.OverUnitInterval(u =>
                {
                    if (!_values.TryGetValue(u, out var x))
                    {
                        x = _values[u] = distribution.InverseCdf(u);
                    }

                    return f(x);
                });
    }
}
