using System.Globalization;
using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Simulation.Distributions;

namespace Analytics.Analyses.Splits;

/// <summary>Which number of a stream's response model a <see cref="ResponseChange"/> moves.</summary>
public enum ResponseKnob
{
    /// <summary>The floor f: the part of the stream's revenue that comes without effort.</summary>
    Floor,

    /// <summary>The elasticity e: how strongly the effort-driven part answers a change of share.</summary>
    Elasticity,
}

/// <summary>
/// One change to a scenario's response assumption (its <c>response</c> section, e.g. plc-2026's
/// S6), for asking how much the best split hangs on it. A floor moves by <see cref="Shift"/>
/// (clamped into [0, 1]); an elasticity has the odds of every draw multiplied by e^<see cref="Shift"/>
/// (<see cref="Transform.LogOddsShift"/>: a monotone map of the same draws, so the changed
/// scenario runs on the same random numbers as the original, trial by trial).
/// </summary>
public sealed record ResponseChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="stream">The stream whose response changes (not blank).</param>
    /// <param name="knob">Floor or elasticity.</param>
    /// <param name="shift">For a floor, points added, in [−1, 1]; for an elasticity, the log of the odds factor, finite (ln 2 doubles the odds).</param>
    public ResponseChange(string stream, ResponseKnob knob, double shift)
    {
        Stream = Preconditions.NotBlank(stream);
        Knob = Enum.IsDefined(knob) ? knob : throw new ArgumentOutOfRangeException(nameof(knob), $"knob must be Floor or Elasticity; was {knob}.");
        Shift = knob == ResponseKnob.Floor ? Preconditions.InRange(shift, -1, 1) : Preconditions.Finite(shift);
    }

    /// <summary>The floor shift of <see cref="OneAtATime"/> when not told otherwise: 0.2 (e.g. plc-2026's repurchase floor 0.5 becomes 0.3 and 0.7).</summary>
    public const double DefaultFloorShift = 0.2;

    /// <summary>The elasticity odds factor of <see cref="OneAtATime"/> when not told otherwise: 2 (halved and doubled; Beta(3, 5) with mean 0.375 moves to means of about 0.24 and 0.53).</summary>
    public const double DefaultOddsFactor = 2;

    /// <summary>The stream whose response changes.</summary>
    public string Stream { get; }

    /// <summary>Floor or elasticity.</summary>
    public ResponseKnob Knob { get; }

    /// <summary>Points added to the floor, or the log of the elasticity's odds factor.</summary>
    public double Shift { get; }

    /// <summary>The floor after the change: <paramref name="floor"/> + shift, clamped into [0, 1] (a floor change), else unchanged.</summary>
    public double FloorAfter(double floor) => Knob == ResponseKnob.Floor ? Math.Clamp(floor + Shift, 0, 1) : floor;

    /// <summary>An elasticity draw after the change: its odds times e^shift (an elasticity change), else unchanged.</summary>
    public double ElasticityAfter(double elasticity) => Knob == ResponseKnob.Elasticity ? TransformedDistribution.Map(Transform.LogOddsShift, Shift, elasticity) : elasticity;

    /// <summary>
    /// <paramref name="scenario"/> with this change made to its response section; nothing else
    /// changes (the scenario file is not touched). Simulated with the same seed it gives the same
    /// revenue draws and, for each trial, the changed elasticity of the original draw.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no response for <see cref="Stream"/>.</exception>
    public Scenario Apply(Scenario scenario)
    {
        Preconditions.NotNull(scenario);
        var response = scenario.Analysis.ResponseOf(Stream)
            ?? throw new ArgumentException($"the scenario \"{scenario.Name}\" has no response for stream \"{Stream}\"; streams with one: {string.Join(", ", scenario.Analysis.Response.Select(r => r.Stream))}.", nameof(scenario));
        var changed = Knob == ResponseKnob.Floor
            ? response with { Floor = FloorAfter(response.Floor) }
            : response with { Elasticity = response.Elasticity with { Distribution = new TransformedDistribution(response.Elasticity.Distribution, Transform.LogOddsShift, Shift) } };
        var list = scenario.Analysis.Response.Select(r => r.Stream == Stream ? changed : r).ToArray();
        return scenario with { Analysis = scenario.Analysis with { Response = list } };
    }

    /// <summary>
    /// The changes one number at a time: for every stream of <paramref name="scenario"/>'s response
    /// section, its floor <paramref name="floorShift"/> lower and higher, and its elasticity's odds
    /// divided and multiplied by <paramref name="oddsFactor"/>; four per stream, in the section's order.
    /// A floor already at 0 (1) is not moved down (up): that change would change nothing.
    /// </summary>
    /// <param name="scenario">A scenario with a response section.</param>
    /// <param name="floorShift">Floor points, in (0, 1] (default 0.2).</param>
    /// <param name="oddsFactor">Elasticity odds factor, &gt; 1 (default 2).</param>
    public static IReadOnlyList<ResponseChange> OneAtATime(Scenario scenario, double floorShift = DefaultFloorShift, double oddsFactor = DefaultOddsFactor)
    {
        Preconditions.NotNull(scenario);
        Preconditions.InRange(floorShift, 1e-9, 1);
        Preconditions.GreaterThan(oddsFactor, 1);
        if (scenario.Analysis.Response.Count == 0)
        {
            throw new ArgumentException($"the scenario \"{scenario.Name}\" has no \"response\" section: there is no response assumption to change.", nameof(scenario));
        }

        var changes = new List<ResponseChange>();
        foreach (var r in scenario.Analysis.Response)
        {
            if (r.Floor > 0)
            {
                changes.Add(new ResponseChange(r.Stream, ResponseKnob.Floor, -floorShift));
            }

            if (r.Floor < 1)
            {
                changes.Add(new ResponseChange(r.Stream, ResponseKnob.Floor, floorShift));
            }

            changes.Add(new ResponseChange(r.Stream, ResponseKnob.Elasticity, -Math.Log(oddsFactor)));
            changes.Add(new ResponseChange(r.Stream, ResponseKnob.Elasticity, Math.Log(oddsFactor)));
        }

        return changes;
    }

    /// <summary>The change in words, e.g. "repurchase floor −0.2" or "newProduct elasticity odds × 2".</summary>
    public override string ToString() => Knob == ResponseKnob.Floor
        ? string.Create(CultureInfo.InvariantCulture, $"{Stream} floor {Shift:+0.###;−0.###}")
        : string.Create(CultureInfo.InvariantCulture, $"{Stream} elasticity odds × {Math.Exp(Shift):0.###}");
}
