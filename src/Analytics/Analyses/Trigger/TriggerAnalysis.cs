using System.Globalization;
using Analytics.Common;
using Analytics.Scenarios.Limits;
using Analytics.Scenarios.Sections;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Statistics;

namespace Analytics.Analyses.Trigger;

/// <summary>
/// The plan's quarterly rule under simulation: monthly revenue paths (<see cref="MonthlyPathModel"/>),
/// how often a quarter falls below the threshold of its target, what a firing says about the
/// year, cumulative revenue quantiles by month, and the value of the response as a policy.
/// </summary>
public static class TriggerAnalysis
{
    /// <summary>Width of the year-to-date completion bins of <see cref="QuarterTrigger.HitByCompletion"/>.</summary>
    public const double BinWidth = 0.05;

    /// <summary>Completions at or above this fall into the last bin, [2 − width, 2).</summary>
    public const double MaxCompletion = 2.0;

    /// <summary>
    /// The cost of <see cref="Run"/>: one run of the monthly paths (two with the policy's boost), each keeping
    /// per trial the streams, the total and twelve months of each stream (13 S + 1 doubles), plus about 24
    /// doubles a trial of quarter revenue, year-to-date completion and firings.
    /// </summary>
    public static WorkEstimate Estimate(Scenario scenario, SimulationOptions options)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        var runs = scenario.Analysis.Trigger?.Boost is null ? 1 : 2;
        var columns = (13 * scenario.Streams.Count) + 1;
        return new WorkEstimate("trigger", options.Trials, (double)runs * options.Trials, ((runs * columns) + 24.0) * WorkEstimate.DoubleBytes * options.Trials);
    }

    /// <summary>Simulates <paramref name="scenario"/>'s monthly paths and judges the rule.</summary>
    /// <param name="scenario">A scenario with a <c>phasing</c> section; its <c>trigger</c> section gives the threshold and the policy.</param>
    /// <param name="options">Trials, seed, threads.</param>
    /// <param name="threshold">The completion below which the rule fires, in (0, 1]; default the scenario's, else 0.80 (the seed's rule).</param>
    /// <exception cref="ArgumentException">The scenario has no phasing section.</exception>
    public static TriggerResult Run(Scenario scenario, SimulationOptions options, double? threshold = null)
    {
        Preconditions.NotNull(scenario);
        Preconditions.NotNull(options);
        Estimate(scenario, options).Check(scenario);
        var spec = scenario.Analysis.Trigger;
        var theta = threshold ?? spec?.Threshold ?? 0.80;
        if (theta is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), $"threshold must be a completion in (0, 1]; was {Preconditions.Format(theta)}.");
        }

        var model = new MonthlyPathModel(scenario);
        var phasing = model.Phasing;
        var run = SimulationEngine.Run(model, options);
        var n = options.Trials;
        var target = scenario.Target;
        var months = MonthlyTotals(run, scenario);
        var total = run.Samples(Scenario.TotalOutput).Span;
        var hit = new bool[n];
        for (var t = 0; t < n; t++)
        {
            hit[t] = total[t] >= target;
        }

        var quarterTargets = Enumerable.Range(1, 4).Select(q => target * phasing.QuarterShare(q)).ToArray();
        var revenue = Enumerable.Range(0, 4).Select(q => Sum(months, 3 * q, (3 * q) + 3, n)).ToArray();
        var replanFires = ReplanFirings(revenue, quarterTargets, target, theta, n);
        var quarters = new QuarterTrigger[4];
        var cumulativeTarget = 0.0;
        var ytd = new double[n];
        for (var q = 0; q < 4; q++)
        {
            cumulativeTarget += quarterTargets[q];
            var fires = new bool[n];
            long fired = 0, hitFired = 0, hitNotFired = 0;
            for (var t = 0; t < n; t++)
            {
                fires[t] = revenue[q][t] < theta * quarterTargets[q];
                fired += fires[t] ? 1 : 0;
                hitFired += fires[t] && hit[t] ? 1 : 0;
                hitNotFired += !fires[t] && hit[t] ? 1 : 0;
                ytd[t] += revenue[q][t];
            }

            var completion = ytd.Select(v => v / cumulativeTarget).ToArray();
            var quantiles = TrialStatistics.Quantiles(completion, [0.10, 0.50, 0.90]);
            quarters[q] = new QuarterTrigger(
                q + 1,
                quarterTargets[q],
                TrialStatistics.Mean(revenue[q]),
                TrialStatistics.Proportion(fired, n),
                TrialStatistics.Proportion(replanFires[q], n),
                fired > 0 ? TrialStatistics.Proportion(hitFired, fired) : null,
                fired < n ? TrialStatistics.Proportion(hitNotFired, n - fired) : null,
                (quantiles[0], quantiles[1], quantiles[2]),
                Bins(completion, hit));
        }

        var fan = Fan(months, phasing, target, n);
        var policy = spec?.Boost is { } boost ? Policy(scenario, options, boost, revenue, quarterTargets, theta, months, total, spec.Replan) : null;
        return new TriggerResult(theta, target, n, TrialStatistics.Exceedance(total, target), quarters, fan, policy, Describe(scenario, phasing), run.Manifest);
    }

    // Per month, the revenue of all streams together.
    private static double[][] MonthlyTotals(Simulation.Results.SimulationResult run, Scenario scenario)
    {
        var n = run.Manifest.Trials;
        var months = new double[12][];
        for (var m = 0; m < 12; m++)
        {
            months[m] = new double[n];
            foreach (var stream in scenario.Streams)
            {
                var values = run.Samples(MonthlyPathModel.MonthOutput(stream.Name, m + 1)).Span;
                for (var t = 0; t < n; t++)
                {
                    months[m][t] += values[t];
                }
            }
        }

        return months;
    }

    private static double[] Sum(double[][] months, int from, int to, int n)
    {
        var sum = new double[n];
        for (var m = from; m < to; m++)
        {
            for (var t = 0; t < n; t++)
            {
                sum[t] += months[m][t];
            }
        }

        return sum;
    }

    // Firings per quarter when each firing re-phases what is left of the target over the quarters
    // left, in the plan's proportions; a quarter whose re-phased target is <= 0 cannot fire.
    private static long[] ReplanFirings(double[][] revenue, double[] planTargets, double annualTarget, double theta, int n)
    {
        var fired = new long[4];
        var targets = new double[4];
        for (var t = 0; t < n; t++)
        {
            planTargets.CopyTo(targets, 0);
            var toDate = 0.0;
            for (var q = 0; q < 4; q++)
            {
                var fires = targets[q] > 0 && revenue[q][t] < theta * targets[q];
                toDate += revenue[q][t];
                if (!fires)
                {
                    continue;
                }

                fired[q]++;
                var rest = 0.0;
                for (var r = q + 1; r < 4; r++)
                {
                    rest += planTargets[r];
                }

                for (var r = q + 1; r < 4; r++)
                {
                    targets[r] = rest > 0 ? Math.Max(0, annualTarget - toDate) * planTargets[r] / rest : 0;
                }
            }
        }

        return fired;
    }

    private static List<CompletionBin> Bins(double[] completion, bool[] hit)
    {
        var count = (int)Math.Round(MaxCompletion / BinWidth);
        var trials = new int[count];
        var hits = new int[count];
        for (var t = 0; t < completion.Length; t++)
        {
            var b = Math.Clamp((int)Math.Floor(completion[t] / BinWidth), 0, count - 1);
            trials[b]++;
            hits[b] += hit[t] ? 1 : 0;
        }

        var bins = new List<CompletionBin>();
        for (var b = 0; b < count; b++)
        {
            if (trials[b] > 0)
            {
                bins.Add(new CompletionBin(b * BinWidth, (b + 1) * BinWidth, trials[b], TrialStatistics.Proportion(hits[b], trials[b])));
            }
        }

        return bins;
    }

    private static MonthlyBand Fan(double[][] months, PhasingSpec phasing, double target, int n)
    {
        var cumulative = new double[n];
        double path = 0;
        var (p10, p50, p90, mean, targets) = (new double[12], new double[12], new double[12], new double[12], new double[12]);
        for (var m = 0; m < 12; m++)
        {
            for (var t = 0; t < n; t++)
            {
                cumulative[t] += months[m][t];
            }

            var q = TrialStatistics.Quantiles(cumulative, [0.10, 0.50, 0.90]);
            (p10[m], p50[m], p90[m]) = (q[0], q[1], q[2]);
            mean[m] = TrialStatistics.Mean(cumulative).Value;
            path += target * phasing.MonthlyShares[m];
            targets[m] = path;
        }

        return new MonthlyBand(Enumerable.Range(1, 12).ToArray(), p10, p50, p90, mean, targets);
    }

    private static PolicyValue Policy(Scenario scenario, SimulationOptions options, PolicyBoost boost, double[][] revenue, double[] quarterTargets, double theta, double[][] months, ReadOnlySpan<double> total, bool replan)
    {
        var pushed = boost.Apply(scenario);
        var pushRun = SimulationEngine.Run(new MonthlyPathModel(pushed), options);
        var pushMonths = MonthlyTotals(pushRun, pushed);
        var n = options.Trials;
        var withPolicy = new double[n];
        var target = scenario.Target;
        long acts = 0, actsHitWith = 0, actsHitWithout = 0, idleHits = 0;
        for (var t = 0; t < n; t++)
        {
            // The first firing in Q1-Q3 (targets before the first firing are the plan's, re-plan or not).
            var first = 0;
            for (var q = 0; q < 3 && first == 0; q++)
            {
                first = revenue[q][t] < theta * quarterTargets[q] ? q + 1 : 0;
            }

            if (first == 0)
            {
                withPolicy[t] = total[t];
                idleHits += total[t] >= target ? 1 : 0;
                continue;
            }

            acts++;
            for (var m = 0; m < 12; m++)
            {
                withPolicy[t] += m < 3 * first ? months[m][t] : pushMonths[m][t];
            }

            actsHitWith += withPolicy[t] >= target ? 1 : 0;
            actsHitWithout += total[t] >= target ? 1 : 0;
        }

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"After the first quarter (Q1-Q3) under {theta * 100:0.#}% of its target: {(replan ? "re-phase the remaining target over the remaining quarters and " : string.Empty)}raise {boost.Input} by {boost.Shift:0.###} (capped at 1) for the months left.");
        return new PolicyValue(
            description,
            TrialStatistics.Proportion(acts, n),
            TrialStatistics.Exceedance(total, target),
            TrialStatistics.Exceedance(withPolicy, target),
            TrialStatistics.Paired(withPolicy, total, target),
            TrialStatistics.Paired(pushRun.Samples(Scenario.TotalOutput).Span, total, target),
            acts > 0 ? new PolicyCase(acts, TrialStatistics.Proportion(actsHitWith, acts), TrialStatistics.Proportion(actsHitWithout, acts)) : new PolicyCase(0, null, null),
            acts < n ? new PolicyCase(n - acts, TrialStatistics.Proportion(idleHits, n - acts), TrialStatistics.Proportion(idleHits, n - acts)) : new PolicyCase(0, null, null));
    }

    private static List<string> Describe(Scenario scenario, PhasingSpec phasing)
    {
        var text = new List<string>();
        foreach (var stream in scenario.Streams)
        {
            var timing = phasing.TimingOf(stream.Name);
            var start = timing?.FirstMonth is { } f ? $"books nothing before a first month drawn per trial from {f}, then " : string.Empty;
            var spread = timing?.Concentration is { } k
                ? string.Create(CultureInfo.InvariantCulture, $"spreads over the months by Dirichlet weights centred on the plan's monthly shares (concentration {k:0.##}: a month of 1/12 has sd {Math.Sqrt(1.0 / 12 * 11 / 12 / (k + 1)) * 100:0.0} points)")
                : "follows the plan's monthly shares exactly";
            text.Add($"{stream.Name}: {start}{spread}.");
        }

        return text;
    }
}
