using Analytics.Common;
using Analytics.Scenarios.Sections;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios;

/// <summary>
/// A loaded scenario: the assumptions behind a sales target as distributions of each stream's
/// drivers, the correlations between inputs, and the targets. Immutable; build a
/// <see cref="ScenarioModel"/> from it to simulate.
/// </summary>
/// <param name="Name">The scenario's name (e.g. "seed-2026").</param>
/// <param name="Description">Free text, or null: in both languages when the file gives both, else the one text as written.</param>
/// <param name="Target">The total target (萬元).</param>
/// <param name="Streams">The revenue streams (at least one).</param>
/// <param name="Correlations">Rank correlations between inputs.</param>
/// <param name="Hash">SHA-256 of the scenario file's bytes (lower-case hex): identifies it in run manifests.</param>
public sealed record Scenario(string Name, BilingualText? Description, double Target, IReadOnlyList<ScenarioStream> Streams, IReadOnlyList<RankCorrelation> Correlations, string Hash)
{
    /// <summary>The name of the output that sums all streams.</summary>
    public const string TotalOutput = "total";

    /// <summary>The name (validated: not blank).</summary>
    public string Name { get; init; } = Preconditions.NotBlank(Name);

    /// <summary>The total target (validated: finite).</summary>
    public double Target { get; init; } = Preconditions.Finite(Target);

    /// <summary>The streams (validated: at least one).</summary>
    public IReadOnlyList<ScenarioStream> Streams { get; init; } = Preconditions.NotEmpty(Streams);

    /// <summary>The optional sections only analyses read (response to effort, margins, phasing, the quarterly rule, budget); <see cref="AnalysisSections.None"/> when the file has none.</summary>
    public AnalysisSections Analysis { get; init; } = AnalysisSections.None;

    /// <summary>Where each value was written in the scenario's file (<see cref="ScenarioLocations.None"/> for a scenario built in code).</summary>
    public ScenarioLocations Locations { get; init; } = ScenarioLocations.None;

    /// <summary>The file the scenario was read from, as the user named it (for messages); null for a scenario built in code.</summary>
    public string? File { get; init; }

    /// <summary>
    /// Where the scenario's parts were written, by their model path (<see cref="Locations"/> has every JSON value by its file path): a component ("repurchase.tierA"), a
    /// component's key ("repurchase.tierA.customers"), a declared input ("market"). Empty for a
    /// scenario built in code. Messages about a run's cost point here.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> PartLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where <paramref name="path"/> was written: its location, else the file alone, else <paramref name="path"/> as a name.</summary>
    public SourceLocation LocationOf(string path)
        => PartLocations.TryGetValue(Preconditions.NotNull(path), out var at) ? at : new SourceLocation(File ?? Name, 0);

    /// <summary>Every distinct input of the scenario (by name), in order of first use.</summary>
    public IReadOnlyList<ScalarInput> Inputs
        => Streams.SelectMany(s => s.Inputs).DistinctBy(i => i.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The input named <paramref name="name"/>.</summary>
    public ScalarInput Input(string name)
        => Inputs.FirstOrDefault(i => i.Name == name)
            ?? throw new ArgumentException($"The scenario has no input named \"{name}\"; its inputs are: {string.Join(", ", Inputs.Select(i => i.Name))}.", nameof(name));

    /// <summary>
    /// The scenario with the input named like <paramref name="input"/> replaced wherever it is used
    /// (e.g. a win rate held at its P10, or a renewal probability changed for goal seek). Every other
    /// variable keeps its streams, so both scenarios run on common random numbers.
    /// </summary>
    public Scenario WithInput(ScalarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input(input.Name);
        return this with { Streams = Streams.Select(s => s.WithInput(input)).ToArray() };
    }
}
