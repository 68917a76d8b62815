using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;

namespace Analytics.Analyses.Trigger;

/// <summary>
/// A scenario with each stream's annual revenue spread over the twelve months: the scenario's
/// outputs (streams, total) first, then per stream twelve monthly outputs named
/// <see cref="MonthOutput"/>. Per trial and stream the monthly weights follow the scenario's
/// <c>phasing</c> section: the plan's monthly shares exactly, or a Dirichlet draw centred on them
/// (concentration κ), over the months from the stream's first month on (drawn per trial, e.g. the
/// month of the first benchmark win). Timing draws come from their own streams
/// ("phasing.STREAM.months", "phasing.STREAM.firstMonth"), so they are the same in two scenarios
/// that differ in any revenue input (common random numbers). On request it also records each
/// trial's first month per stream (<see cref="FirstMonthOutput"/>), which the conditioning on a
/// year's actuals reads; the other outputs are the same with or without it.
/// </summary>
public sealed class MonthlyPathModel : ITrialModel
{
    private readonly ScenarioModel _inner;
    private readonly string[] _streams;
    private readonly PhasingSpec _phasing;
    private readonly StreamTiming?[] _timings;
    private readonly ulong[] _monthKeys;
    private readonly ulong[] _firstKeys;
    private readonly bool _recordFirstMonths;

    /// <summary>Wraps <paramref name="scenario"/> with the timing <paramref name="phasing"/> (by default the scenario's own <c>phasing</c> section).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="phasing">The timing, or null for the scenario's own.</param>
    /// <param name="recordFirstMonths">Whether to add one output per stream after the monthly ones, its first month in each trial (1-12; <see cref="FirstMonthOutput"/>). Default false.</param>
    /// <exception cref="ArgumentException">No phasing is given and the scenario has none.</exception>
    public MonthlyPathModel(Scenario scenario, PhasingSpec? phasing = null, bool recordFirstMonths = false)
    {
        Preconditions.NotNull(scenario);
        _phasing = phasing ?? scenario.Analysis.Phasing
            ?? throw new ArgumentException($"the scenario \"{scenario.Name}\" has no \"phasing\" section: the quarterly rule needs the plan's timing of the year (see data/scenarios/README.md).", nameof(scenario));
        _inner = new ScenarioModel(scenario);
        _streams = scenario.Streams.Select(s => s.Name).ToArray();
        _timings = _streams.Select(_phasing.TimingOf).ToArray();
        _monthKeys = _streams.Select(s => RandomStreams.Key("phasing." + s + ".months")).ToArray();
        _firstKeys = _streams.Select(s => RandomStreams.Key("phasing." + s + ".firstMonth")).ToArray();
        _recordFirstMonths = recordFirstMonths;
        Outputs =
        [
            .. _inner.Outputs,
            .. _streams.SelectMany(s => Enumerable.Range(1, 12).Select(m => new ModelOutput(MonthOutput(s, m), null))),
            .. recordFirstMonths ? _streams.Select(s => new ModelOutput(FirstMonthOutput(s), null)) : [],
        ];
    }

    /// <summary>The timing used.</summary>
    public PhasingSpec Phasing => _phasing;

    /// <summary>The name of stream <paramref name="stream"/>'s revenue in month <paramref name="month"/> (1-12), e.g. "newProduct.m04".</summary>
    public static string MonthOutput(string stream, int month)
        => Preconditions.NotBlank(stream) + ".m" + Preconditions.InRange(month, 1, 12).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name of stream <paramref name="stream"/>'s first month (1-12) in each trial, e.g. "newProduct.firstMonth" (recorded on request).</summary>
    public static string FirstMonthOutput(string stream) => Preconditions.NotBlank(stream) + ".firstMonth";

    /// <summary>
    /// The mean monthly weights of a stream whose first month is <paramref name="firstMonth"/>: the
    /// plan's <paramref name="monthlyShares"/> over months firstMonth..12, renormalised (equal when the
    /// plan gives those months nothing), 0 before it. A trial's Dirichlet weights are centred on
    /// these; the one rule for the model and for anything that reasons about its draws.
    /// </summary>
    /// <param name="monthlyShares">Twelve shares &gt;= 0 (a <see cref="PhasingSpec"/>'s).</param>
    /// <param name="firstMonth">1-12.</param>
    /// <param name="weights">Twelve weights, written.</param>
    public static void MeanWeights(IReadOnlyList<double> monthlyShares, int firstMonth, Span<double> weights)
    {
        Preconditions.NotNull(monthlyShares);
        Preconditions.InRange(firstMonth, 1, 12);
        if (monthlyShares.Count != 12 || weights.Length != 12)
        {
            throw new ArgumentException($"monthlyShares and weights must hold 12 months; had {monthlyShares.Count} and {weights.Length}.", nameof(weights));
        }

        PlanWeights(monthlyShares, firstMonth, weights);
    }

    /// <inheritdoc />
    public IReadOnlyList<ModelOutput> Outputs { get; }

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => _inner.Inputs;

    /// <inheritdoc />
    public IReadOnlyList<RankCorrelation> Correlations => _inner.Correlations;

    /// <inheritdoc />
    public string Fingerprint => _inner.Fingerprint;

    /// <inheritdoc />
    public string? Origin => _inner.Origin;

    /// <inheritdoc />
    public void SimulateBlock(BlockContext block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _inner.SimulateBlock(block);
        var first = _inner.Outputs.Count;
        var n = block.Count;
        var weights = block.RentDoubles(n * 12);
        var firstMonths = _recordFirstMonths ? first + (_streams.Length * 12) : -1;
        for (var s = 0; s < _streams.Length; s++)
        {
            var timing = _timings[s];
            var monthRng = block.Stream(_monthKeys[s]);
            var firstRng = block.Stream(_firstKeys[s]);
            var recorded = firstMonths >= 0 ? block.Output(firstMonths + s) : default;
            for (var t = 0; t < n; t++)
            {
                var from = timing?.FirstMonth is { } f ? f.SampleCount(ref firstRng) : 1;
                Weights(_phasing.MonthlyShares, from, timing?.Concentration, ref monthRng, weights.Slice(t * 12, 12));
                if (firstMonths >= 0)
                {
                    recorded[t] = from;
                }
            }

            var annual = block.Output(s);
            for (var m = 0; m < 12; m++)
            {
                var month = block.Output(first + (s * 12) + m);
                for (var t = 0; t < n; t++)
                {
                    month[t] = annual[t] * weights[(t * 12) + m];
                }
            }
        }
    }

    // The plan's shares over months from..12 (renormalised; equal if the plan gives them nothing),
    // or a Dirichlet draw with those means and concentration κ.
    private static void Weights(IReadOnlyList<double> plan, int from, double? concentration, ref Xoshiro256StarStar rng, Span<double> weights)
    {
        PlanWeights(plan, from, weights);
        if (concentration is not { } kappa)
        {
            return;
        }

        Span<double> draws = stackalloc double[12];
        var sum = 0.0;
        for (var m = from - 1; m < 12; m++)
        {
            draws[m] = weights[m] > 0 ? Gamma.SampleStandard(ref rng, kappa * weights[m]) : 0;
            sum += draws[m];
        }

        // All gammas can underflow to 0 only for tiny shapes: keep the plan's weights then.
        if (sum > 0)
        {
            for (var m = from - 1; m < 12; m++)
            {
                weights[m] = draws[m] / sum;
            }
        }
    }

    private static void PlanWeights(IReadOnlyList<double> plan, int from, Span<double> weights)
    {
        weights.Clear();
        var mass = 0.0;
        for (var m = from - 1; m < 12; m++)
        {
            mass += plan[m];
        }

        for (var m = from - 1; m < 12; m++)
        {
            weights[m] = mass > 0 ? plan[m] / mass : 1.0 / (13 - from);
        }
    }
}
