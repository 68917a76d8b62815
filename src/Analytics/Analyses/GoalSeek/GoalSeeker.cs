using System.Globalization;
using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.GoalSeek;

/// <summary>
/// Finds the value v of a lever at which P(total &gt;= threshold) reaches a required level, where
/// P(v) is estimated by simulation on common random numbers: every evaluation uses the same seed,
/// so P(v) is one fixed (step) function of v and a bracketing root-finder (Illinois, a safeguarded
/// regula falsi) converges on it, inside the interval of a first scan of the range where P crosses
/// the level (the one nearest the baseline when it crosses more than once). When P at the baseline
/// already reaches the level and the scan finds no crossing, the answer is the baseline itself
/// (already met), not "out of reach". The Monte Carlo error of the root is SE(P) / |dP/dv| (delta
/// method; the slope by a central difference on the same draws, widened until the difference is
/// well above its own paired noise), and optionally the spread of roots over other seeds. Every
/// standard error follows the <see cref="TrialDesign"/> of the draws: a Latin hypercube's comes
/// from its blocks, not from the independent-trials formula.
/// </summary>
public static class GoalSeeker
{
    /// <summary>Solves P(v) = <paramref name="probability"/> on [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="totals">Per-trial totals at lever value v with seed s: the same s must give the same draws (common random numbers).</param>
    /// <param name="threshold">The target the totals are compared with (P = share of totals &gt;= it).</param>
    /// <param name="probability">The required P, in (0, 1) (e.g. 0.8).</param>
    /// <param name="lower">The range's lower end.</param>
    /// <param name="upper">The range's upper end (&gt; lower).</param>
    /// <param name="seed">The seed of the main search.</param>
    /// <param name="options">Tolerance, iterations, replicates (default: <see cref="GoalSeekOptions"/>()).</param>
    /// <param name="lever">What the lever is, for the result (default "v").</param>
    /// <param name="baseline">The lever's current value, to report P at it (or null).</param>
    /// <param name="design">How <paramref name="totals"/> draws its trials, which decides every standard error (default: independent trials).</param>
    public static GoalSeekResult Solve(Func<double, ulong, double[]> totals, double threshold, double probability, double lower, double upper, ulong seed, GoalSeekOptions? options = null, string lever = "v", double? baseline = null, TrialDesign? design = null)
    {
        Preconditions.NotNull(totals);
        Preconditions.Finite(threshold);
        Preconditions.OpenProbability(probability);
        Preconditions.Finite(lower);
        Preconditions.GreaterThan(upper, lower);
        options ??= new GoalSeekOptions();
        design ??= TrialDesign.IndependentTrials;
        var evaluations = 0;
        var trials = 0;
        Estimate P(double v, ulong s, out double[] values)
        {
            evaluations++;
            values = totals(v, s);
            trials = values.Length;
            return TrialStatistics.Exceedance(values, threshold, design);
        }

        var scan = options.ScanIntervals;
        var curve = Enumerable.Range(0, scan + 1)
            .Select(k => k == scan ? upper : lower + ((upper - lower) * k / scan))
            .Select(v => new CurvePoint(v, P(v, seed, out _)))
            .ToArray();
        var (atLower, atUpper) = (curve[0].Probability, curve[^1].Probability);
        var atBaseline = baseline is { } b && b >= lower && b <= upper ? P(b, seed, out _) : null;
        var alreadyMet = atBaseline is { } pb && pb.Value >= probability;
        var brackets = Brackets(curve, probability);
        if (brackets.Count == 0)
        {
            if (alreadyMet)
            {
                // Nothing to seek: the plan as written already reaches the level (the scan only says
                // that no value in the range takes P below it).
                var metText = string.Create(CultureInfo.InvariantCulture, $"P(hit) = {probability:0.###} is already met at the current value: {lever} = {baseline!.Value:G5} gives P(hit) = {atBaseline!.Value:0.###}, and P stays above {probability:0.###} on the whole scan of [{lower:G6}, {upper:G6}].");
                return new GoalSeekResult(lever, probability, lower, upper, atLower, atUpper, baseline, atBaseline, curve, 0, true, true, baseline, null, atBaseline, null, [], evaluations, metText);
            }

            var top = curve.MaxBy(c => c.Probability.Value)!;
            var bottom = curve.MinBy(c => c.Probability.Value)!;
            var message = bottom.Probability.Value > probability
                ? string.Create(CultureInfo.InvariantCulture, $"P(hit) >= {probability:0.###} everywhere on a scan of {scan + 1} points of {lever} in [{lower:G6}, {upper:G6}] (P runs from {bottom.Probability.Value:0.###} at {bottom.Value:G4} to {top.Probability.Value:0.###}): no value in the range is needed.")
                : string.Create(CultureInfo.InvariantCulture, $"P(hit) = {probability:0.###} is out of reach for {lever} in [{lower:G6}, {upper:G6}]: on a scan of {scan + 1} points P runs from {bottom.Probability.Value:0.###} (at {bottom.Value:G4}) to {top.Probability.Value:0.###} (at {top.Value:G4}).");
            return new GoalSeekResult(lever, probability, lower, upper, atLower, atUpper, baseline, atBaseline, curve, 0, bottom.Probability.Value > probability, false, null, null, null, null, [], evaluations, message);
        }

        // The crossing nearest the baseline (or the first): where the plan would have to move least.
        var chosen = brackets.MinBy(k => baseline is { } v0 ? Math.Abs(((curve[k.From].Value + curve[k.To].Value) / 2) - v0) : k.From);
        // A scan point exactly on the level is the answer itself; the replicates (other draws) search
        // the intervals either side of it.
        var (from, to) = chosen.From == chosen.To
            ? (curve[Math.Max(0, chosen.From - 1)].Value, curve[Math.Min(scan, chosen.To + 1)].Value)
            : (curve[chosen.From].Value, curve[chosen.To].Value);
        // Refining far below the Monte Carlo noise of P buys nothing: stop once P changes across the
        // bracket by less than a quarter of its standard error at the level (the larger of the
        // bracket ends' where the error is measured between blocks).
        var precision = Math.Max(
            TrialStatistics.StandardErrorAt(curve[chosen.From].Probability, probability, trials),
            TrialStatistics.StandardErrorAt(curve[chosen.To].Probability, probability, trials)) / 4;
        var root = chosen.From == chosen.To
            ? curve[chosen.From].Value
            : Root(v => P(v, seed, out _).Value - probability, from, to, curve[chosen.From].Probability.Value - probability, curve[chosen.To].Probability.Value - probability, options, precision);
        var atRoot = P(root, seed, out var rootValues);
        double[] Values(double v)
        {
            evaluations++;
            return totals(v, seed);
        }

        var slope = Slope(Values, root, lower, upper, threshold, rootValues, design);
        var se = TrialStatistics.StandardErrorAt(atRoot, probability, rootValues.Length);
        double? error = slope != 0 ? se / Math.Abs(slope) : null;
        var replicates = new List<double>();
        for (var r = 1; r <= options.Replicates; r++)
        {
            var s = seed + (ulong)r;
            var (fl, fu) = (P(from, s, out _).Value - probability, P(to, s, out _).Value - probability);
            if (Math.Sign(fl) != Math.Sign(fu) || fl == 0 || fu == 0)
            {
                replicates.Add(Root(v => P(v, s, out _).Value - probability, from, to, fl, fu, options, precision));
            }
        }

        var plusMinus = error is { } e ? string.Create(CultureInfo.InvariantCulture, $" ± {e:G2} (Monte Carlo SE)") : " (the slope of P is 0 there: no error by the delta method)";
        var several = brackets.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" P crosses {probability:0.###} in {brackets.Count} places of the range; this is the one nearest the baseline.") : string.Empty;
        var met = alreadyMet ? string.Create(CultureInfo.InvariantCulture, $" The level is already met at the current value ({baseline:G5}, P(hit) = {atBaseline!.Value:0.###}): this is how far {lever.Split(':')[0]} can move before P falls to it.") : string.Empty;
        var text = string.Create(CultureInfo.InvariantCulture, $"{lever} = {root:G5}{plusMinus} gives P(hit) = {atRoot.Value:0.###}.{several}{met}");
        return new GoalSeekResult(lever, probability, lower, upper, atLower, atUpper, baseline, atBaseline, curve, brackets.Count, true, alreadyMet, root, error, atRoot, slope, replicates, evaluations, text);
    }

    // Where P crosses the level on the scan, as scan indices: an interval whose ends lie strictly on
    // opposite sides (From + 1 == To), or a point exactly on the level (From == To). A point on the
    // level borders two intervals; counting it as a point counts it once.
    private static List<(int From, int To)> Brackets(CurvePoint[] curve, double probability)
    {
        var brackets = new List<(int From, int To)>();
        for (var k = 0; k < curve.Length; k++)
        {
            var d = curve[k].Probability.Value - probability;
            if (d == 0)
            {
                brackets.Add((k, k));
            }
            else if (k + 1 < curve.Length && curve[k + 1].Probability.Value - probability is var next && next != 0 && Math.Sign(next) != Math.Sign(d))
            {
                brackets.Add((k, k + 1));
            }
        }

        return brackets;
    }

    // Illinois: regula falsi that halves the weight of an end kept twice, so it cannot stall; on a
    // step function it converges to the step where f changes sign.
    private static double Root(Func<double, double> f, double a, double b, double fa, double fb, GoalSeekOptions options, double precision)
    {
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        var width = (b - a) * options.Tolerance;
        var side = 0;
        var (trueA, trueB) = (fa, fb); // fa, fb are down-weighted by Illinois; these are the values
        for (var i = 0; i < options.MaxIterations && Math.Abs(b - a) > width && Math.Abs(trueB - trueA) > precision; i++)
        {
            var c = fa != fb ? ((a * fb) - (b * fa)) / (fb - fa) : (a + b) / 2;
            if (!(c > Math.Min(a, b) && c < Math.Max(a, b)))
            {
                c = (a + b) / 2;
            }

            var fc = f(c);
            if (fc == 0)
            {
                return c;
            }

            if (Math.Sign(fc) == Math.Sign(fb))
            {
                (b, fb, trueB) = (c, fc, fc);
                if (side == -1)
                {
                    fa /= 2;
                }

                side = -1;
            }
            else
            {
                (a, fa, trueA) = (c, fc, fc);
                if (side == 1)
                {
                    fb /= 2;
                }

                side = 1;
            }
        }

        return (a + b) / 2;
    }

    // Central difference of P on the same draws, with h widened until the paired difference is at
    // least four of its standard errors (or h reaches a quarter of the range).
    private static double Slope(Func<double, double[]> totals, double v, double lower, double upper, double threshold, double[] atV, TrialDesign design)
    {
        var range = upper - lower;
        var h = range * 0.02;
        while (true)
        {
            var (lo, hi) = (Math.Max(lower, v - h), Math.Min(upper, v + h));
            var down = lo < v ? totals(lo) : atV;
            var up = hi > v ? totals(hi) : atV;
            var d = TrialStatistics.Paired(up, down, threshold, design).ProbabilityDifference;
            if (Math.Abs(d.Value) >= 4 * d.StandardError || h >= range / 4)
            {
                return hi > lo ? d.Value / (hi - lo) : 0;
            }

            h *= 2;
        }
    }
}
