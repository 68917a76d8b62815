using Analytics.Analyses.GoalSeek.Levers;
using Analytics.Analyses.Splits;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Limits;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.GoalSeek;

/// <summary>
/// Goal seek on a scenario: the value of one lever (a win rate's mean, an industry's leads, the
/// benchmark win probability, see <see cref="ScenarioLever"/>; or a split share, "share.STREAM",
/// through the scenario's response model) at which P(total &gt;= target) reaches the required level.
/// Every evaluation runs with the options' sampler, and the errors follow it: a Latin hypercube's
/// come from its blocks.
/// </summary>
public static class ScenarioGoalSeek
{
    /// <summary>The prefix of a split-share lever, e.g. "share.newProduct".</summary>
    public const string SharePrefix = "share.";

    /// <summary>
    /// The cost of <see cref="Solve"/>: the first scan's evaluations, the root finder's steps (about a dozen;
    /// at most <see cref="GoalSeekOptions.MaxIterations"/>) and as many again for each replicate, each a run
    /// of the options' trials keeping each stream and the total (and a sorted copy of each).
    /// </summary>
    public static WorkEstimate Estimate(Scenario scenario, SimulationOptions options, GoalSeekOptions? goalSeek = null)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var search = goalSeek ?? new GoalSeekOptions();
        var evaluations = (search.ScanIntervals + 1 + Math.Min(12, search.MaxIterations)) * (1 + search.Replicates);
        return ScenarioModel.Estimate(scenario, options.Trials, "goalseek") with { TrialRuns = (double)evaluations * options.Trials };
    }

    /// <summary>Solves for <paramref name="lever"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="lever">A lever path (see <see cref="ScenarioLever"/>) or "share.STREAM".</param>
    /// <param name="probability">The required P(hit), in (0, 1) (default 0.8).</param>
    /// <param name="options">Trials, seed and threads of every evaluation.</param>
    /// <param name="range">The search range; default the lever's own (<see cref="ScenarioLever.Minimum"/> to <see cref="ScenarioLever.Maximum"/>): a probability's mean m from m / 4 to 1 − (1 − m) / 4 (three quarters of the way from m to 1); another input's mean from a quarter of it to 4×; a count's or an order value's mean from 0 to 4×; a share from 0 to 1.</param>
    /// <param name="goalSeek">Search options.</param>
    public static GoalSeekResult Solve(Scenario scenario, string lever, double probability, SimulationOptions options, (double Lower, double Upper)? range = null, GoalSeekOptions? goalSeek = null)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotBlank(lever);
        Preconditions.NotNull(options);
        Estimate(scenario, options, goalSeek).Check(scenario);
        if (lever.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            return Share(scenario, lever, probability, options, range, goalSeek);
        }

        var parsed = ScenarioLever.Parse(scenario, lever);
        var (lower, upper) = range ?? (parsed.Minimum, parsed.Maximum);
        double[] Totals(double v, ulong seed)
            => SimulationEngine.Run(new ScenarioModel(parsed.Apply(scenario, v)), new SimulationOptions(options.Trials, seed, options.Threads, options.Sampler))
                .Samples(Scenario.TotalOutput).ToArray();
        return GoalSeeker.Solve(Totals, scenario.Target, probability, lower, upper, options.Seed, goalSeek, $"{lever}: {parsed.Description}", parsed.Baseline, TrialDesign.Of(options));
    }

    private static GoalSeekResult Share(Scenario scenario, string lever, double probability, SimulationOptions options, (double Lower, double Upper)? range, GoalSeekOptions? goalSeek)
    {
        var stream = lever[SharePrefix.Length..];
        var names = scenario.Streams.Select(s => s.Name).ToList();
        var index = names.IndexOf(stream);
        if (index < 0)
        {
            throw new ArgumentException($"\"{lever}\" names no stream; the share levers are: {string.Join(", ", names.Select(n => SharePrefix + n))}.", nameof(lever));
        }

        if (scenario.Analysis.Response.Count == 0)
        {
            throw new ArgumentException($"\"{lever}\" needs the scenario's \"response\" section: without a response model a split does not change revenue, so no share changes P(hit).", nameof(lever));
        }

        // One simulation per seed; every share is a re-weighting of its draws.
        var cache = new Dictionary<ulong, SplitSamples>();
        double[] Totals(double v, ulong seed)
        {
            if (!cache.TryGetValue(seed, out var samples))
            {
                samples = cache[seed] = SplitSamples.Simulate(scenario, new SimulationOptions(options.Trials, seed, options.Threads, options.Sampler));
            }

            return samples.Totals(samples.WithShare(index, Math.Clamp(v, 0, 1)));
        }

        var (lower, upper) = range ?? (0, 1);
        var baseline = scenario.Streams[index].Target / scenario.Streams.Sum(s => s.Target);
        return GoalSeeker.Solve(Totals, scenario.Target, probability, lower, upper, options.Seed, goalSeek, $"{lever}: the share of {stream}, the other streams in the plan's proportions", baseline, TrialDesign.Of(options));
    }
}
