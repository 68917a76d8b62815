using Analytics.Charts;
using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Report;

/// <summary>
/// How <see cref="OwnerReport.Build"/> makes the page: its language and unit, the simulation
/// behind the headline, and at most how many trials each analysis runs. An analysis runs
/// <c>min(Simulation.Trials, its cap)</c> trials on the headline's seed and threads, so a smaller
/// headline run makes every analysis smaller too (the tornado never under
/// <see cref="TornadoMinTrials"/>). The defaults are the <c>analytics report</c> command's.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>Trials of the headline simulation by default: P(hit) to about ±0.15 points (one standard error at p = 0.4).</summary>
    public const int DefaultTrials = 100_000;

    /// <summary>The simulation's seed by default.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>
    /// <see cref="SplitTrials"/> by default: the splits command's default. Every split and every version of the
    /// response assumption is a re-weighting of one simulation, the headline's own when its trials are at most this.
    /// </summary>
    public const int DefaultSplitTrials = 100_000;

    /// <summary><see cref="TriggerTrials"/> by default: the fan and the firing probabilities to about ±0.35 points, in about a second.</summary>
    public const int DefaultTriggerTrials = 20_000;

    /// <summary>
    /// <see cref="TornadoTrials"/> by default: a quarter of the sensitivity command's 20,000, because the tornado is
    /// two runs per uncertain input (23 for plc-2026) and its bars compare inputs on common random numbers.
    /// </summary>
    public const int DefaultTornadoTrials = 5_000;

    /// <summary>
    /// The most splits the report's split analysis judges: its grid is the finest readable step that stays within
    /// this (<see cref="Analytics.Analyses.Splits.SplitGrid.FinestStep"/>): 5% for three lines (231 splits), 10%
    /// for four (286), 20% for five to seven, 25% for eight (330), so the analysis costs about the same for any
    /// number of business lines.
    /// </summary>
    public const int MaxSplits = 500;

    /// <summary>Trials of each tornado run, at least: the sensitivity analysis's lower bound (a smaller headline run is raised to it for the tornado).</summary>
    public const int TornadoMinTrials = 100;

    private readonly ChartOptions _chart = ChartOptions.Default;
    private readonly SimulationOptions _simulation = new(DefaultTrials, DefaultSeed);
    private readonly int _splitTrials = DefaultSplitTrials;
    private readonly int _triggerTrials = DefaultTriggerTrials;
    private readonly int _tornadoTrials = DefaultTornadoTrials;

    /// <summary>The options of <c>analytics report</c>: Chinese, 萬元, 100,000 trials, seed 1, the caps' defaults.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Language and unit of the page and of its headline (default Chinese, 萬元).</summary>
    public ChartOptions Chart
    {
        get => _chart;
        init => _chart = Preconditions.NotNull(value);
    }

    /// <summary>
    /// The simulation behind the headline and the risk section: trials, seed, threads and sampler (default
    /// <see cref="DefaultTrials"/> trials, seed <see cref="DefaultSeed"/>, Monte Carlo, every processor). The
    /// analyses take its seed and threads.
    /// </summary>
    public SimulationOptions Simulation
    {
        get => _simulation;
        init => _simulation = Preconditions.NotNull(value);
    }

    /// <summary>Trials of the split analysis and of its response-assumption versions, at most: 1 or more (default <see cref="DefaultSplitTrials"/>).</summary>
    public int SplitTrials
    {
        get => _splitTrials;
        init => _splitTrials = Preconditions.InRange(value, 1, SimulationOptions.MaxTrials);
    }

    /// <summary>Trials of the quarterly-rule analysis and the monthly fan, at most: 1 or more (default <see cref="DefaultTriggerTrials"/>).</summary>
    public int TriggerTrials
    {
        get => _triggerTrials;
        init => _triggerTrials = Preconditions.InRange(value, 1, SimulationOptions.MaxTrials);
    }

    /// <summary>Trials of each tornado run, at most: <see cref="TornadoMinTrials"/> or more (default <see cref="DefaultTornadoTrials"/>).</summary>
    public int TornadoTrials
    {
        get => _tornadoTrials;
        init => _tornadoTrials = Preconditions.InRange(value, TornadoMinTrials, SimulationOptions.MaxTrials);
    }

    /// <summary>The headline run's options with its trials capped at <paramref name="most"/> (and raised to <paramref name="least"/>).</summary>
    internal SimulationOptions Capped(int most, int least = 1)
        => new(Math.Max(least, Math.Min(Simulation.Trials, most)), Simulation.Seed, Simulation.Threads);
}
