using Analytics.Analyses.Sensitivity;
using Analytics.Analyses.Splits;
using Analytics.Analyses.Tracking;
using Analytics.Analyses.Trigger;
using Analytics.Audit;
using Analytics.Charts.Adapters;
using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Market;
using Analytics.Planning;
using Analytics.Scenarios;
using Analytics.Simulation.Results;

namespace Analytics.Report;

/// <summary>
/// Everything the owner's report can show. The plan, its decomposition and its audit are always
/// there; the other results are null until the analysis that produces them has run, and the
/// report then leaves their sections out rather than show anything in their place.
/// </summary>
public sealed record ReportContent
{
    // Content is built through FromPlan and the With methods, which check that each result belongs to this plan.
    private ReportContent(SalesPlan plan, PlanDecomposition decomposition, AuditReport audit)
    {
        Plan = Preconditions.NotNull(plan);
        Decomposition = Preconditions.NotNull(decomposition);
        Audit = Preconditions.NotNull(audit);
    }

    /// <summary>The plan.</summary>
    public SalesPlan Plan { get; }

    /// <summary>The plan decomposed.</summary>
    public PlanDecomposition Decomposition { get; }

    /// <summary>The plan's audit.</summary>
    public AuditReport Audit { get; }

    /// <summary>Where the plan was read (shown in the footer), or null.</summary>
    public string? PlanSource { get; internal init; }

    /// <summary>The growth justification (market, customers, product; bridges), or null (not computed).</summary>
    public GrowthJustification? Growth { get; internal init; }

    /// <summary>The simulation's headline, or null (no simulation run).</summary>
    public RiskHeadline? Risk { get; internal init; }

    /// <summary>The simulated distribution of revenue, or null.</summary>
    public OutcomeDistribution? Distribution { get; internal init; }

    /// <summary>Each business line under simulation (P(sub-target) with its error), or null (no simulation run).</summary>
    public IReadOnlyList<LineRisk>? Streams { get; internal init; }

    /// <summary>The simulated scenario's description and labelled assumptions, or null.</summary>
    public ScenarioNotes? Assumptions { get; internal init; }

    /// <summary>The fan of cumulative revenue, or null.</summary>
    public FanBand? Fan { get; internal init; }

    /// <summary>The quarterly rule, quarter by quarter, or null.</summary>
    public IReadOnlyList<QuarterRule>? QuarterRules { get; internal init; }

    /// <summary>The quarterly-rule analysis behind <see cref="Fan"/> and <see cref="QuarterRules"/> (threshold, trials, the policy's value), or null.</summary>
    public TriggerResult? Trigger { get; internal init; }

    /// <summary>The sensitivity (tornado), or null.</summary>
    public Sensitivity? Sensitivity { get; internal init; }

    /// <summary>The sensitivity analysis behind <see cref="Sensitivity"/> (trials, swings), or null.</summary>
    public SensitivityResult? Drivers { get; internal init; }

    /// <summary>The split-ratio map, or null.</summary>
    public SplitMap? Splits { get; internal init; }

    /// <summary>Expected margin against P(hit) for every split, or null (no split analysis, or a scenario without margins).</summary>
    public MarginFrontier? SplitFrontier { get; internal init; }

    /// <summary>The split analysis behind <see cref="Splits"/> (plan, best, risk-balanced, paired comparisons), or null.</summary>
    public SplitResult? SplitFigures { get; internal init; }

    /// <summary>The best split under changes of the response assumption, or null (not run).</summary>
    public ResponseRobustnessResult? SplitRobustness { get; internal init; }

    /// <summary>The scenario's labelled assumption behind its response model (plc-2026: S6), or null when the file labels none.</summary>
    public ScenarioAssumption? ResponseAssumption { get; internal init; }

    /// <summary>The best splits and the plan as bars, for a split analysis of other than the seed's three business types (any number of lines), or null.</summary>
    public SplitRanking? SplitRanking { get; internal init; }

    /// <summary>P(hit) against each line's share, one panel per line, for a split analysis of other than three lines, or null.</summary>
    public IReadOnlyList<ProfilePanel>? SplitProfiles { get; internal init; }

    /// <summary>What the simulated scenario states differently from the plan on purpose (<see cref="ScenarioPlanMatch.Warnings"/>), or null (no simulation run).</summary>
    public IReadOnlyList<ScenarioPlanDifference>? ScenarioWarnings { get; internal init; }

    /// <summary>The year so far against the plan and what it says about the rest (the plan folder's actuals through <see cref="TrackingAnalysis"/>), or null (no actuals, or no scenario).</summary>
    public TrackingResult? InYear { get; internal init; }

    /// <summary>Sections left out because their analysis could not run, each with why (empty when every analysis ran).</summary>
    public IReadOnlyList<SectionOmission> Omissions { get; internal init; } = [];

    /// <summary>The results the plan alone gives: decomposition, audit and the growth justification.</summary>
    public static ReportContent FromPlan(SalesPlan plan, string? planSource = null)
    {
        Preconditions.NotNull(plan);
        var content = new ReportContent(plan, PlanDecomposer.Decompose(plan), PlanAuditor.Audit(plan)) { PlanSource = planSource };
        try
        {
            return content with { Growth = GrowthJustification.Of(GrowthInputs.FromPlan(plan)) };
        }
#pragma warning disable CA1031 // No section may make the whole report fail: the growth section is left out, saying why.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return content.Omit(SectionOmission.Failed("growth", "增長依據的計算", "growth justification", e));
        }
    }

    /// <summary>This content with <paramref name="omission"/>'s section left out, saying why.</summary>
    public ReportContent Omit(SectionOmission omission)
    {
        Preconditions.NotNull(omission);
        return this with { Omissions = [.. Omissions, omission] };
    }

    /// <summary>
    /// This content with the results of a simulation of the plan: the headline (P(hit) with its
    /// error, P10/P50/P90), the distribution of the total, each business line's risk and the
    /// scenario's assumptions.
    /// </summary>
    /// <param name="match">The scenario, checked against this content's plan (<see cref="ScenarioPlanMatch.Check"/>); its target must be the plan's.</param>
    /// <param name="result">The scenario's run.</param>
    /// <param name="notes">The scenario file's notes (<see cref="ScenarioNotes.Load"/>), or null to show none.</param>
    public ReportContent WithSimulation(ScenarioPlanMatch match, SimulationResult result, ScenarioNotes? notes = null)
    {
        Preconditions.NotNull(match);
        Preconditions.NotNull(result);
        CheckTarget(match.Scenario.Target, nameof(match));

        // The match pairs streams with some plan's lines; the page must not put them beside another plan's figures.
        var foreign = match.Streams.FirstOrDefault(s => !Decomposition.Root.Children.Any(l => l.Node.Id == s.Line.Id && (double)l.Amount == s.Target));
        if (foreign is not null)
        {
            throw new ArgumentException($"match pairs stream \"{foreign.Stream}\" with line {foreign.Line.Id} of {foreign.Target} 萬元, which is not a business line of this content's plan; check the scenario against this plan.", nameof(match));
        }

        return this with
        {
            Risk = RiskHeadline.From(match.Scenario, result),
            Distribution = OutcomeDistributions.From(result, Scenario.TotalOutput),
            Streams = [.. match.Streams.Select(s => LineRisk.From(s, result))],
            Assumptions = notes,
            ScenarioWarnings = match.Warnings,
        };
    }

    /// <summary>
    /// This content with a split analysis of the plan's scenario: for three lines the ternary map, for any
    /// other number the best splits as bars and P(hit) against each line's share; the margin frontier (when
    /// the scenario states margins), the figures behind them, and optionally how the best split moves with
    /// the response assumption and that assumption's text. Lines are named by the plan's names.
    /// </summary>
    /// <param name="splits">The split analysis; its target must be the plan's (any number of streams).</param>
    /// <param name="robustness">The best split under changes of the response assumption (the same streams), or null.</param>
    /// <param name="responseAssumption">The assumption behind the response model (e.g. <see cref="ScenarioNotes.AssumptionFor"/>("response")), or null.</param>
    public ReportContent WithSplits(SplitResult splits, ResponseRobustnessResult? robustness = null, ScenarioAssumption? responseAssumption = null)
    {
        Preconditions.NotNull(splits);
        CheckTarget(splits.Target, nameof(splits));
        if (robustness is not null && !robustness.Streams.SequenceEqual(splits.Streams))
        {
            throw new ArgumentException($"robustness has streams {string.Join(", ", robustness.Streams)}, the split analysis {string.Join(", ", splits.Streams)}: they are not of one scenario.", nameof(robustness));
        }

        // The seed's three business types keep the ternary's own corner names; other lines are named by the plan.
        var named = SplitMaps.IsBusinessTypes(splits.Streams);
        BilingualText Name(string stream) => ReportText.StreamNames(this, stream);
        return this with
        {
            Splits = splits.Streams.Count == 3 ? SplitMaps.From(splits, named ? null : Name) : null,
            SplitRanking = splits.Streams.Count == 3 ? null : SplitRankings.From(splits, Name),
            SplitProfiles = splits.Streams.Count == 3 ? null : ProfilePanels.From(splits, Name),
            SplitFrontier = splits.Plan.ExpectedMargin is null ? null : MarginFrontiers.From(splits),
            SplitFigures = splits,
            SplitRobustness = robustness,
            ResponseAssumption = responseAssumption,
        };
    }

    /// <summary>This content with the quarterly-rule analysis of the plan's scenario: the fan of cumulative revenue and the rule quarter by quarter.</summary>
    /// <param name="trigger">The analysis; its target must be the plan's.</param>
    public ReportContent WithTrigger(TriggerResult trigger)
    {
        Preconditions.NotNull(trigger);
        CheckTarget(trigger.Target, nameof(trigger));
        return this with { Fan = FanBands.From(trigger), QuarterRules = Charts.Adapters.QuarterRules.From(trigger), Trigger = trigger };
    }

    /// <summary>This content with a sensitivity analysis of the plan's scenario: the tornado of P(hit).</summary>
    /// <param name="sensitivity">The analysis (at least one tornado row); its target must be the plan's.</param>
    public ReportContent WithSensitivity(SensitivityResult sensitivity)
    {
        Preconditions.NotNull(sensitivity);
        CheckTarget(sensitivity.Target, nameof(sensitivity));
        return this with { Sensitivity = TornadoBars.From(sensitivity, names: InputLabels.For(Decomposition.Plan).Of), Drivers = sensitivity };
    }

    /// <summary>This content with the tracking analysis of the year's actuals against the plan's scenario: the in-year section and its headline line.</summary>
    /// <param name="tracking">The analysis (<see cref="TrackingAnalysis.Run(PlanDecomposition, Analytics.Tracking.Actuals, Analytics.Tracking.Pipeline, ScenarioPlanMatch, Simulation.Engine.SimulationOptions)"/>); its target must be the plan's.</param>
    public ReportContent WithInYear(TrackingResult tracking)
    {
        Preconditions.NotNull(tracking);
        CheckTarget(tracking.Forecast.Target, nameof(tracking));
        return this with { InYear = tracking };
    }

    // An analysis of a scenario with another target would put its probabilities beside the wrong figure.
    private void CheckTarget(double target, string name)
    {
        if (Math.Abs(target - (double)Decomposition.Root.Amount) > ScenarioPlanMatch.Tolerance)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} is an analysis against a target of {target:G} 萬元, not this plan's {Decomposition.Root.Amount} 萬元."), name);
        }
    }
}
