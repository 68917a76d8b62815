using Analytics.Analyses.Budget;
using Analytics.Analyses.GoalSeek;
using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Trigger;
using Analytics.Common;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>
/// The analyses' results as <see cref="DataFrame"/>s for notebooks: splits side by side, paired
/// comparisons, sub-target risk, the response assumption's versions, the tornado and Sobol indices,
/// the quarterly rule, goal seeks and the budget. Each column is a figure of the analysis's own;
/// the only computing here is <see cref="Comparisons"/>, which asks the samples to compare.
/// </summary>
public static class AnalysisTables
{
    /// <summary>
    /// Splits side by side: the plan's, the best and the risk-balanced one, then <paramref name="extra"/>
    /// (e.g. a split the team typed in, evaluated with <see cref="SplitSamples.Evaluate(Split)"/>): one
    /// share column per stream, P(hit) with its standard error, P(all streams), mean revenue, P10, expected margin.
    /// </summary>
    public static DataFrame Splits(SplitResult result, IReadOnlyList<(string Label, SplitRow Row)>? extra = null)
    {
        Preconditions.NotNull(result);
        var rows = new List<(string Label, SplitRow Row)> { ("plan", result.Plan), ("best", result.Best), ("riskBalanced", result.RiskBalanced.Row) };
        rows.AddRange(extra ?? []);
        return Rows(result.Streams, rows);
    }

    /// <summary>The frontier of expected margin against P(hit), by P(hit) descending (empty without margins).</summary>
    public static DataFrame Frontier(SplitResult result)
    {
        Preconditions.NotNull(result);
        return Rows(result.Streams, [.. result.Frontier.Select(r => (r.Split.ToString(), r))]);
    }

    /// <summary>
    /// Pairs of splits compared on the same trials (A minus B): the difference in P(hit) with its paired
    /// standard error and 95% interval, the difference in mean revenue, and P(A gives more revenue than B).
    /// </summary>
    /// <param name="samples">The draws the splits are judged on.</param>
    /// <param name="pairs">Labelled pairs (A, B).</param>
    public static DataFrame Comparisons(SplitSamples samples, IReadOnlyList<(string Label, Split A, Split B)> pairs)
    {
        Preconditions.NotNull(samples);
        Preconditions.NotEmpty(pairs);
        var d = pairs.Select(p => (p.Label, Split: $"{p.A} − {p.B}", Difference: samples.Compare(p.A, p.B))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("comparison", d.Select(x => x.Label)),
            new StringDataFrameColumn("splits", d.Select(x => x.Split)),
            new DoubleDataFrameColumn("pHitDifference", d.Select(x => x.Difference.ProbabilityDifference.Value)),
            new DoubleDataFrameColumn("stdError", d.Select(x => x.Difference.ProbabilityDifference.StandardError)),
            new DoubleDataFrameColumn("lower95", d.Select(x => x.Difference.ProbabilityDifference.Lower95)),
            new DoubleDataFrameColumn("upper95", d.Select(x => x.Difference.ProbabilityDifference.Upper95)),
            new DoubleDataFrameColumn("meanRevenueDifference", d.Select(x => x.Difference.MeanDifference.Value)),
            new DoubleDataFrameColumn("pFirstMoreRevenue", d.Select(x => x.Difference.ProbabilityFirstBeats.Value)));
    }

    /// <summary>Each stream's sub-target risk under each labelled split: sub-target, P(reach) with its standard error, expected shortfall (one row per split and stream).</summary>
    public static DataFrame SubTargets(IReadOnlyList<(string Label, SplitRow Row)> rows)
    {
        Preconditions.NotEmpty(rows);
        var r = rows.SelectMany(x => x.Row.Streams.Select(s => (x.Label, s))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("split", r.Select(x => x.Label)),
            new StringDataFrameColumn("stream", r.Select(x => x.s.Stream)),
            new DoubleDataFrameColumn("subTarget", r.Select(x => x.s.SubTarget)),
            new DoubleDataFrameColumn("pReach", r.Select(x => x.s.Probability.Value)),
            new DoubleDataFrameColumn("stdError", r.Select(x => x.s.Probability.StandardError)),
            new DoubleDataFrameColumn("expectedShortfall", r.Select(x => x.s.ExpectedShortfall)));
    }

    /// <summary>The versions of the response assumption: what changed, each stream's floor and mean elasticity, the best split, its P(hit) and its gain over the plan with the 95% interval.</summary>
    public static DataFrame Versions(ResponseRobustnessResult result)
    {
        Preconditions.NotNull(result);
        var v = result.Variants.Prepend(result.AsStated).ToArray();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("change", v.Select(x => x.Change?.ToString() ?? "as stated")) };
        for (var k = 0; k < result.Streams.Count; k++)
        {
            var s = k;
            columns.Add(new DoubleDataFrameColumn("floor." + result.Streams[s], v.Select(x => x.Floors[s])));
            columns.Add(new DoubleDataFrameColumn("elasticity." + result.Streams[s], v.Select(x => x.ElasticityMeans[s])));
        }

        columns.Add(new StringDataFrameColumn("best", v.Select(x => x.Best.Split.ToString())));
        columns.Add(new DoubleDataFrameColumn("pHit", v.Select(x => x.Best.ProbabilityOfTarget.Value)));
        columns.Add(new DoubleDataFrameColumn("overPlan", v.Select(x => x.BestVersusPlan.ProbabilityDifference.Value)));
        columns.Add(new DoubleDataFrameColumn("lower95", v.Select(x => x.BestVersusPlan.ProbabilityDifference.Lower95)));
        columns.Add(new DoubleDataFrameColumn("upper95", v.Select(x => x.BestVersusPlan.ProbabilityDifference.Upper95)));
        return new DataFrame(columns);
    }

    /// <summary>The tornado: each input's P10 and P90, P(hit) and the mean total at each, and the P(hit) swing.</summary>
    public static DataFrame Tornado(SensitivityResult result)
    {
        Preconditions.NotNull(result);
        var t = result.Tornado;
        return new DataFrame(
            new StringDataFrameColumn("input", t.Select(r => r.Input)),
            new DoubleDataFrameColumn("p10", t.Select(r => r.Low)),
            new DoubleDataFrameColumn("p90", t.Select(r => r.High)),
            new DoubleDataFrameColumn("pHitAtP10", t.Select(r => r.HitAtLow.Value)),
            new DoubleDataFrameColumn("pHitAtP90", t.Select(r => r.HitAtHigh.Value)),
            new DoubleDataFrameColumn("meanAtP10", t.Select(r => r.MeanAtLow.Value)),
            new DoubleDataFrameColumn("meanAtP90", t.Select(r => r.MeanAtHigh.Value)),
            new DoubleDataFrameColumn("hitSwing", t.Select(r => r.HitSwing)));
    }

    /// <summary>Each input's rank correlation with the total, its contribution to variance, and its Sobol indices of hitting the target and of the total (blank when not computed).</summary>
    public static DataFrame Drivers(SensitivityResult result)
    {
        Preconditions.NotNull(result);
        var ranks = result.RankCorrelations;
        SobolIndex? Hit(string input) => result.SobolHit.FirstOrDefault(s => s.Input == input);
        SobolIndex? Total(string input) => result.SobolTotal.FirstOrDefault(s => s.Input == input);
        return new DataFrame(
            new StringDataFrameColumn("input", ranks.Select(r => r.Input)),
            new DoubleDataFrameColumn("spearman", ranks.Select(r => r.Spearman)),
            new DoubleDataFrameColumn("varianceContribution", ranks.Select(r => r.ContributionToVariance)),
            new DoubleDataFrameColumn("sHit", ranks.Select(r => Hit(r.Input)?.FirstOrder.Value)),
            new DoubleDataFrameColumn("stHit", ranks.Select(r => Hit(r.Input)?.TotalOrder.Value)),
            new DoubleDataFrameColumn("sTotal", ranks.Select(r => Total(r.Input)?.FirstOrder.Value)),
            new DoubleDataFrameColumn("stTotal", ranks.Select(r => Total(r.Input)?.TotalOrder.Value)));
    }

    /// <summary>The quarterly rule by quarter: target, mean revenue, P(fires) with and without re-plan, P(hit | fired / not fired), year-to-date completion P10/P50/P90.</summary>
    public static DataFrame Quarters(TriggerResult result)
    {
        Preconditions.NotNull(result);
        var q = result.Quarters;
        return new DataFrame(
            new Int32DataFrameColumn("quarter", q.Select(x => x.Quarter)),
            new DoubleDataFrameColumn("target", q.Select(x => x.Target)),
            new DoubleDataFrameColumn("meanRevenue", q.Select(x => x.ExpectedRevenue.Value)),
            new DoubleDataFrameColumn("pFires", q.Select(x => x.Firing.Value)),
            new DoubleDataFrameColumn("pFiresReplan", q.Select(x => x.FiringWithReplan.Value)),
            new DoubleDataFrameColumn("pHitIfFired", q.Select(x => x.HitGivenFired?.Value)),
            new DoubleDataFrameColumn("pHitIfNotFired", q.Select(x => x.HitGivenNotFired?.Value)),
            new DoubleDataFrameColumn("ytdP10", q.Select(x => x.YearToDate.P10)),
            new DoubleDataFrameColumn("ytdP50", q.Select(x => x.YearToDate.P50)),
            new DoubleDataFrameColumn("ytdP90", q.Select(x => x.YearToDate.P90)));
    }

    /// <summary>
    /// What the response to the quarterly rule is worth, paired on the same trials: the policy as the
    /// scenario states it (acting after the first firing in Q1-Q3) and, for comparison, the same push
    /// all year; each with how often it acts, P(hit) without and with, the difference with its 95%
    /// interval, the mean revenue gained and P(more revenue). Empty when the scenario states no policy.
    /// </summary>
    public static DataFrame Policy(TriggerResult result)
    {
        Preconditions.NotNull(result);
        var rows = result.Policy is { } p
            ? new[] { ("policy", p.FiresByQ3.Value, p.Value), ("pushAllYear", 1.0, p.PushAllYear) }
            : [];
        return new DataFrame(
            new StringDataFrameColumn("response", rows.Select(r => r.Item1)),
            new DoubleDataFrameColumn("acts", rows.Select(r => r.Item2)),
            new DoubleDataFrameColumn("pHitWithout", rows.Select(_ => result.Policy!.Without.Value)),
            new DoubleDataFrameColumn("pHitDifference", rows.Select(r => r.Item3.ProbabilityDifference.Value)),
            new DoubleDataFrameColumn("lower95", rows.Select(r => r.Item3.ProbabilityDifference.Lower95)),
            new DoubleDataFrameColumn("upper95", rows.Select(r => r.Item3.ProbabilityDifference.Upper95)),
            new DoubleDataFrameColumn("meanRevenueGained", rows.Select(r => r.Item3.MeanDifference.Value)),
            new DoubleDataFrameColumn("pMoreRevenue", rows.Select(r => r.Item3.ProbabilityFirstBeats.Value)));
    }

    /// <summary>Goal seeks side by side: the lever, today's value and P(hit), whether the level is reachable, the value with its Monte Carlo error, P(hit) there, and the analysis's sentence.</summary>
    public static DataFrame GoalSeeks(IReadOnlyList<GoalSeekResult> results)
    {
        Preconditions.NotEmpty(results);
        return new DataFrame(
            new StringDataFrameColumn("lever", results.Select(r => r.Lever.Split(':')[0])),
            new DoubleDataFrameColumn("today", results.Select(r => r.Baseline)),
            new DoubleDataFrameColumn("pHitToday", results.Select(r => r.AtBaseline?.Value)),
            new DoubleDataFrameColumn("required", results.Select(r => r.Required)),
            new BooleanDataFrameColumn("reachable", results.Select(r => r.Reachable)),
            new DoubleDataFrameColumn("needed", results.Select(r => r.Value)),
            new DoubleDataFrameColumn("mcError", results.Select(r => r.ValueError)),
            new DoubleDataFrameColumn("pHitThere", results.Select(r => r.AtValue?.Value)),
            new StringDataFrameColumn("answer", results.Select(r => r.Message)));
    }

    /// <summary>The budget lines: amount, attributed revenue, revenue per 萬元 (mean, P10, P90; blank when nothing is attributable).</summary>
    public static DataFrame Budget(BudgetResult result)
    {
        Preconditions.NotNull(result);
        var l = result.Lines;
        return new DataFrame(
            new StringDataFrameColumn("line", l.Select(x => x.Id)),
            new DoubleDataFrameColumn("amount", l.Select(x => x.Amount)),
            new DoubleDataFrameColumn("revenue", l.Select(x => x.Revenue?.Value)),
            new DoubleDataFrameColumn("perWan", l.Select(x => x.PerUnit?.Value)),
            new DoubleDataFrameColumn("perWanP10", l.Select(x => x.PerUnitP10)),
            new DoubleDataFrameColumn("perWanP90", l.Select(x => x.PerUnitP90)));
    }

    private static DataFrame Rows(IReadOnlyList<string> streams, IReadOnlyList<(string Label, SplitRow Row)> rows)
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("split", rows.Select(r => r.Label)) };
        for (var k = 0; k < streams.Count; k++)
        {
            var s = k;
            columns.Add(new DoubleDataFrameColumn(streams[s], rows.Select(r => r.Row.Split[s])));
        }

        columns.Add(new DoubleDataFrameColumn("pHit", rows.Select(r => r.Row.ProbabilityOfTarget.Value)));
        columns.Add(new DoubleDataFrameColumn("stdError", rows.Select(r => r.Row.ProbabilityOfTarget.StandardError)));
        columns.Add(new DoubleDataFrameColumn("pAllStreams", rows.Select(r => r.Row.ProbabilityAllStreams.Value)));
        columns.Add(new DoubleDataFrameColumn("meanRevenue", rows.Select(r => r.Row.ExpectedRevenue.Value)));
        columns.Add(new DoubleDataFrameColumn("p10", rows.Select(r => r.Row.P10)));
        columns.Add(new DoubleDataFrameColumn("expectedMargin", rows.Select(r => r.Row.ExpectedMargin)));
        return new DataFrame(columns);
    }
}
