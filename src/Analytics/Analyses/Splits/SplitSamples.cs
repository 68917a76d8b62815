using Analytics.Common;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Results;
using Analytics.Statistics;

namespace Analytics.Analyses.Splits;

/// <summary>
/// The draws every split is judged on (common random numbers): per trial, each stream's revenue
/// at the plan's split and, when the scenario states a response model, each stream's elasticity.
/// A split is then a re-weighting of these draws, X_k(s) = X_k · (f_k + (1 − f_k)(s_k / s0_k)^e_k),
/// not a new simulation, so hundreds of splits cost about one simulation and their differences
/// carry no sampling noise of their own. This file holds the draws and the evaluation kernel;
/// SplitSamples.Scenario.cs draws them from a scenario, and <see cref="RiskBalancedSplit.Of"/>
/// finds the risk-balanced split on them.
/// </summary>
public sealed partial class SplitSamples
{
    private readonly ReadOnlyMemory<double>[] _revenues;
    private readonly ReadOnlyMemory<double>[]? _elasticities;
    private readonly double[] _floors;
    private readonly double[]? _margins;

    /// <summary>Creates the samples from per-trial draws (the scenario path is <see cref="Simulate"/>).</summary>
    /// <param name="streams">Stream names (at least one, unique).</param>
    /// <param name="revenues">Per stream, its revenue in each trial at the plan's split (萬元; same length for all, at least one trial).</param>
    /// <param name="target">The total target T (萬元, &gt; 0).</param>
    /// <param name="plan">The plan's split s0 (one share per stream, each &gt; 0 when a response is given).</param>
    /// <param name="response">Per stream, its response to effort (floor, elasticity) and the elasticity draws per trial; null for none (a split then only sets sub-targets).</param>
    /// <param name="margins">Per stream, its gross margin in [0, 1]; null when unknown.</param>
    /// <param name="manifest">The run that drew them, or null.</param>
    public SplitSamples(
        IReadOnlyList<string> streams,
        IReadOnlyList<ReadOnlyMemory<double>> revenues,
        double target,
        Split plan,
        (IReadOnlyList<double> Floors, IReadOnlyList<ReadOnlyMemory<double>> Elasticities)? response = null,
        IReadOnlyList<double>? margins = null,
        RunManifest? manifest = null)
    {
        Preconditions.NotEmpty(streams);
        Streams = Preconditions.UniqueKeys(streams.ToArray(), s => s);
        Preconditions.NotNull(revenues);
        Target = Preconditions.Positive(target);
        Plan = Preconditions.NotNull(plan);
        var k = streams.Count;
        if (revenues.Count != k || plan.Count != k)
        {
            throw new ArgumentException($"revenues and plan must have one entry per stream ({k}); had {revenues.Count} and {plan.Count}.", nameof(revenues));
        }

        Trials = revenues[0].Length;
        if (Trials == 0 || revenues.Any(r => r.Length != Trials))
        {
            throw new ArgumentException($"revenues must hold the same number (>= 1) of trials for every stream; had {string.Join(", ", revenues.Select(r => r.Length))}.", nameof(revenues));
        }

        _revenues = [.. revenues];
        _floors = new double[k];
        if (response is { } r)
        {
            if (r.Floors.Count != k || r.Elasticities.Count != k || r.Elasticities.Any(e => e.Length != Trials))
            {
                throw new ArgumentException($"response must give one floor and one elasticity per trial for each of the {k} streams.", nameof(response));
            }

            for (var s = 0; s < k; s++)
            {
                _floors[s] = Preconditions.Probability(r.Floors[s], $"floors[{s}]");
                if (!(plan[s] > 0))
                {
                    throw new ArgumentException($"plan must give every stream a share > 0 when a response is given (it is the baseline s0); \"{streams[s]}\" has {Preconditions.Format(plan[s])}.", nameof(plan));
                }

                foreach (var e in r.Elasticities[s].Span)
                {
                    Preconditions.Probability(e, "elasticity");
                }
            }

            _elasticities = [.. r.Elasticities];
        }

        if (margins is not null)
        {
            _margins = margins.Count == k ? margins.Select((m, i) => Preconditions.Probability(m, $"margins[{i}]")).ToArray()
                : throw new ArgumentException($"margins must have one entry per stream ({k}); had {margins.Count}.", nameof(margins));
        }

        Manifest = manifest;
    }

    /// <summary>The stream names, in split order.</summary>
    public IReadOnlyList<string> Streams { get; }

    /// <summary>The number of trials.</summary>
    public int Trials { get; }

    /// <summary>The total target T, 萬元.</summary>
    public double Target { get; }

    /// <summary>The plan's split (the streams' targets over their sum): the baseline of the response model.</summary>
    public Split Plan { get; }

    /// <summary>Whether a split steers revenue (a response model is given); without one it only sets sub-targets.</summary>
    public bool HasResponse => _elasticities is not null;

    /// <summary>Whether gross margins are known.</summary>
    public bool HasMargins => _margins is not null;

    /// <summary>The run that drew the samples, or null.</summary>
    public RunManifest? Manifest { get; }

    /// <summary>Per-trial total revenue under <paramref name="split"/> (萬元), one value per trial.</summary>
    public double[] Totals(Split split)
    {
        var totals = new double[Trials];
        Fill(split, totals, null);
        return totals;
    }

    /// <summary>Per-trial revenue of stream <paramref name="stream"/> under <paramref name="split"/> (萬元).</summary>
    public double[] StreamRevenue(Split split, int stream)
    {
        Check(split);
        Preconditions.InRange(stream, 0, Streams.Count - 1);
        var values = new double[Trials];
        StreamRevenueAt(stream, split[stream], 0, values);
        return values;
    }

    /// <summary>Everything one split gives (see <see cref="SplitRow"/>).</summary>
    public SplitRow Evaluate(Split split) => Evaluate(split, new SplitBuffers(Trials));

    /// <summary>Splits A and B compared on the same trials: difference in P(hit) with its paired CI, in mean revenue, and P(A gives more revenue than B).</summary>
    public PairedDifference Compare(Split a, Split b) => TrialStatistics.Paired(Totals(a), Totals(b), Target);

    /// <summary>The risk-balanced split (see <see cref="RiskBalancedSplit.Of"/>).</summary>
    /// <param name="maxIterations">Fixed-point iterations at most, 1 to 1000 (default 100); one suffices without a response model.</param>
    /// <param name="threads">Threads (default: the processor count); results do not depend on it.</param>
    public RiskBalancedSplit RiskBalanced(int maxIterations = 100, int? threads = null) => RiskBalancedSplit.Of(this, maxIterations, threads);

    /// <summary>The split with stream <paramref name="stream"/> at <paramref name="share"/> and the others in the plan's proportions (for goal seek on a share).</summary>
    public Split WithShare(int stream, double share)
    {
        Preconditions.InRange(stream, 0, Streams.Count - 1);
        Preconditions.Probability(share);
        var rest = 1 - Plan[stream];
        var shares = Enumerable.Range(0, Streams.Count)
            .Select(s => s == stream ? share : rest > 0 ? Plan[s] / rest * (1 - share) : (1 - share) / (Streams.Count - 1))
            .ToArray();
        return Split.Normalised(shares);
    }

    /// <summary>
    /// These draws under a changed response assumption: the same revenues, the stream's floor or
    /// its elasticity draws changed by <paramref name="change"/> (each draw mapped, so the result is
    /// what simulating <see cref="ResponseChange.Apply"/>'s scenario with the same seed gives).
    /// </summary>
    /// <exception cref="ArgumentException">The samples have no response model, or the change names no stream of theirs.</exception>
    public SplitSamples With(ResponseChange change)
    {
        Preconditions.NotNull(change);
        var stream = Streams.ToList().IndexOf(change.Stream);
        if (_elasticities is null || stream < 0)
        {
            throw new ArgumentException(_elasticities is null
                ? "change needs samples with a response model; these have none."
                : $"change names stream \"{change.Stream}\", which is not one of {string.Join(", ", Streams)}.", nameof(change));
        }

        var floors = (double[])_floors.Clone();
        floors[stream] = change.FloorAfter(floors[stream]);
        var elasticities = _elasticities.ToArray();
        if (change.Knob == ResponseKnob.Elasticity)
        {
            var mapped = new double[Trials];
            var e = _elasticities[stream].Span;
            for (var t = 0; t < Trials; t++)
            {
                mapped[t] = change.ElasticityAfter(e[t]);
            }

            elasticities[stream] = mapped;
        }

        return new SplitSamples(Streams, _revenues, Target, Plan, (floors, elasticities), _margins, Manifest);
    }

    /// <summary>
    /// Whether stream <paramref name="stream"/>'s revenue under any share is the same here as in
    /// <paramref name="other"/>: the same revenue and elasticity draws (the same arrays, as
    /// <see cref="With"/> shares them) and the same floor.
    /// </summary>
    internal bool SameStream(SplitSamples other, int stream)
        => _revenues[stream].Equals(other._revenues[stream])
            && _floors[stream].Equals(other._floors[stream])
            && (_elasticities is null ? other._elasticities is null : other._elasticities is not null && _elasticities[stream].Equals(other._elasticities[stream]));

    /// <summary>Stream <paramref name="stream"/>'s gross margin, 0 when margins are unknown (as <see cref="Evaluate(Split)"/> sums it).</summary>
    internal double MarginOf(int stream) => _margins?[stream] ?? 0;

    /// <summary>
    /// Stream <paramref name="stream"/>'s revenue at share <paramref name="share"/> for trials
    /// [<paramref name="from"/>, from + destination length), computed exactly as
    /// <see cref="Evaluate(Split)"/> computes it, so that sums of these give the same totals bit for bit.
    /// </summary>
    internal void StreamRevenueAt(int stream, double share, int from, Span<double> destination)
    {
        var x = _revenues[stream].Span.Slice(from, destination.Length);
        // Without a response the plan's share may be 0 (no ratio to take) and the factor is 1 anyway.
        var log = _elasticities is null ? 0 : StreamResponse.LogShareRatio(share, Plan[stream]);
        if (_elasticities is null || log == 0)
        {
            x.CopyTo(destination);
            return;
        }

        var e = _elasticities[stream].Span.Slice(from, destination.Length);
        var floor = _floors[stream];
        for (var t = 0; t < destination.Length; t++)
        {
            destination[t] = x[t] * StreamResponse.Factor(floor, e[t], log);
        }
    }

    /// <summary>
    /// <see cref="Evaluate(Split)"/> on <paramref name="buffers"/> (<see cref="SplitBuffers"/> of
    /// <see cref="Trials"/> trials): a grid evaluates hundreds of splits, and one set of buffers per
    /// worker, reused, spares three trial-length arrays per split.
    /// </summary>
    internal SplitRow Evaluate(Split split, SplitBuffers buffers)
    {
        Check(split); // before the sub-targets read its shares
        if (buffers.Trials != Trials)
        {
            throw new ArgumentException($"buffers must hold {Trials} trials; held {buffers.Trials}.", nameof(buffers));
        }

        var totals = buffers.Totals;
        var k = Streams.Count;
        var subTargets = new double[k];
        var hits = new long[k];
        var shortfalls = new double[k];
        for (var s = 0; s < k; s++)
        {
            subTargets[s] = split[s] * Target;
        }

        var (all, margin) = Fill(split, totals, (subTargets, hits, shortfalls, buffers.Stream, buffers.Met));
        var n = (double)Trials;
        var streams = Enumerable.Range(0, k)
            .Select(s => new SubTargetRisk(Streams[s], subTargets[s], TrialStatistics.Proportion(hits[s], Trials), shortfalls[s] / n))
            .ToArray();
        return new SplitRow(
            split,
            TrialStatistics.Exceedance(totals, Target),
            TrialStatistics.Proportion(all, Trials),
            TrialStatistics.Mean(totals),
            TrialStatistics.Quantile(totals, 0.10),
            _margins is null ? null : margin / n,
            streams);
    }

    // Writes each trial's total; with sub-targets also counts hits and shortfalls per stream, using
    // the caller's per-stream and all-met scratch (one trial each). Returns the trials in which every
    // stream reached its sub-target and the summed gross margin.
    private (long All, double Margin) Fill(Split split, Span<double> totals, (double[] SubTargets, long[] Hits, double[] Shortfalls, double[] Stream, bool[] Met)? risk)
    {
        Check(split);
        var k = Streams.Count;
        totals.Clear();
        risk?.Met.AsSpan().Fill(true);
        var margin = 0.0;
        for (var s = 0; s < k; s++)
        {
            var x = _revenues[s].Span;
            var m = _margins?[s] ?? 0;
            // Without a response model, or at the plan's share, the factor is 1 in every trial.
            var log = _elasticities is null ? 0 : StreamResponse.LogShareRatio(split[s], Plan[s]);
            var moves = log != 0;
            var e = moves ? _elasticities![s].Span : default;
            var floor = _floors[s];
            var perStream = risk is { } scratch ? scratch.Stream.AsSpan() : default;
            var streamMargin = 0.0;
            for (var t = 0; t < Trials; t++)
            {
                var v = moves ? x[t] * StreamResponse.Factor(floor, e[t], log) : x[t];
                totals[t] += v;
                streamMargin += v;
                if (!perStream.IsEmpty)
                {
                    perStream[t] = v;
                }
            }

            margin += m * streamMargin;
            if (risk is { } r)
            {
                var target = r.SubTargets[s];
                long hits = 0;
                double shortfall = 0;
                for (var t = 0; t < Trials; t++)
                {
                    var v = perStream[t];
                    if (v >= target)
                    {
                        hits++;
                    }
                    else
                    {
                        shortfall += target - v;
                        r.Met[t] = false;
                    }
                }

                r.Hits[s] = hits;
                r.Shortfalls[s] = shortfall;
            }
        }

        long all = 0;
        if (risk is { } done)
        {
            foreach (var met in done.Met)
            {
                all += met ? 1 : 0;
            }
        }

        return (all, margin);
    }

    private void Check(Split split)
    {
        Preconditions.NotNull(split);
        if (split.Count != Streams.Count)
        {
            throw new ArgumentException($"split must have one share per stream ({Streams.Count}: {string.Join(", ", Streams)}); had {split.Count}.", nameof(split));
        }
    }
}
