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
/// that differ in any revenue input (common random numbers).
/// </summary>
public sealed class MonthlyPathModel : ITrialModel
{
    private readonly ScenarioModel _inner;
    private readonly string[] _streams;
    private readonly PhasingSpec _phasing;
    private readonly StreamTiming?[] _timings;
    private readonly ulong[] _monthKeys;
    private readonly ulong[] _firstKeys;

    /// <summary>Wraps <paramref name="scenario"/> with the timing <paramref name="phasing"/> (by default the scenario's own <c>phasing</c> section).</summary>
    /// <exception cref="ArgumentException">No phasing is given and the scenario has none.</exception>
    public MonthlyPathModel(Scenario scenario, PhasingSpec? phasing = null)
    {
        Preconditions.NotNull(scenario);
        _phasing = phasing ?? scenario.Analysis.Phasing
            ?? throw new ArgumentException($"the scenario \"{scenario.Name}\" has no \"phasing\" section: the quarterly rule needs the plan's timing of the year (see data/scenarios/README.md).", nameof(scenario));
        _inner = new ScenarioModel(scenario);
        _streams = scenario.Streams.Select(s => s.Name).ToArray();
        _timings = _streams.Select(_phasing.TimingOf).ToArray();
        _monthKeys = _streams.Select(s => RandomStreams.Key("phasing." + s + ".months")).ToArray();
        _firstKeys = _streams.Select(s => RandomStreams.Key("phasing." + s + ".firstMonth")).ToArray();
        Outputs = [.. _inner.Outputs, .. _streams.SelectMany(s => Enumerable.Range(1, 12).Select(m => new ModelOutput(MonthOutput(s, m), null)))];
    }

    /// <summary>The timing used.</summary>
    public PhasingSpec Phasing => _phasing;

    /// <summary>The name of stream <paramref name="stream"/>'s revenue in month <paramref name="month"/> (1-12), e.g. "newProduct.m04".</summary>
    public static string MonthOutput(string stream, int month)
        => Preconditions.NotBlank(stream) + ".m" + Preconditions.InRange(month, 1, 12).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

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
        for (var s = 0; s < _streams.Length; s++)
        {
            var timing = _timings[s];
            var monthRng = block.Stream(_monthKeys[s]);
            var firstRng = block.Stream(_firstKeys[s]);
            for (var t = 0; t < n; t++)
            {
                var from = timing?.FirstMonth is { } f ? f.SampleCount(ref firstRng) : 1;
                Weights(_phasing.MonthlyShares, from, timing?.Concentration, ref monthRng, weights.Slice(t * 12, 12));
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
}
