using Analytics.Audit;
using Analytics.Charts.Adapters;
using Analytics.Charts.Inputs;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Market;
using Analytics.Planning;
using Analytics.Scenarios;
using Analytics.Simulation.Results;

namespace Analytics.Charts.Report;

/// <summary>
/// Everything the owner's report can show. The plan, its decomposition and its audit are always
/// there; the other results are null until the analysis that produces them has run, and the
/// report then leaves their sections out rather than show anything in their place.
/// </summary>
public sealed record ReportContent
{
    /// <summary>Content with the plan's own results; build with <see cref="FromPlan"/>.</summary>
    public ReportContent(SalesPlan plan, PlanDecomposition decomposition, AuditReport audit)
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
    public string? PlanSource { get; init; }

    /// <summary>The growth justification (market, customers, product; bridges), or null (not computed).</summary>
    public GrowthJustification? Growth { get; init; }

    /// <summary>The simulation's headline, or null (no simulation run).</summary>
    public RiskHeadline? Risk { get; init; }

    /// <summary>The simulated distribution of revenue, or null.</summary>
    public OutcomeDistribution? Distribution { get; init; }

    /// <summary>Each business line under simulation (P(sub-target) with its error), or null (no simulation run).</summary>
    public IReadOnlyList<StreamRisk>? Streams { get; init; }

    /// <summary>The simulated scenario's description and labelled assumptions, or null.</summary>
    public ScenarioNotes? Assumptions { get; init; }

    /// <summary>The fan of cumulative revenue, or null.</summary>
    public FanBand? Fan { get; init; }

    /// <summary>The sensitivity (tornado), or null.</summary>
    public Sensitivity? Sensitivity { get; init; }

    /// <summary>The split-ratio map, or null.</summary>
    public SplitMap? Splits { get; init; }

    /// <summary>The results the plan alone gives: decomposition, audit and the growth justification.</summary>
    public static ReportContent FromPlan(SalesPlan plan, string? planSource = null)
    {
        Preconditions.NotNull(plan);
        return new ReportContent(plan, PlanDecomposer.Decompose(plan), PlanAuditor.Audit(plan))
        {
            PlanSource = planSource,
            Growth = GrowthJustification.Of(GrowthInputs.FromPlan(plan)),
        };
    }

    /// <summary>
    /// This content with the results of a simulation of the plan: the headline (P(hit) with its
    /// error, P10/P50/P90), the distribution of the total, each business line's risk and the
    /// scenario's assumptions.
    /// </summary>
    /// <param name="match">The scenario, checked against this content's plan (<see cref="ScenarioPlanMatch.Check"/>).</param>
    /// <param name="result">The scenario's run.</param>
    /// <param name="notes">The scenario file's notes (<see cref="ScenarioNotes.Load"/>), or null to show none.</param>
    public ReportContent WithSimulation(ScenarioPlanMatch match, SimulationResult result, ScenarioNotes? notes = null)
    {
        Preconditions.NotNull(match);
        Preconditions.NotNull(result);

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
            Streams = [.. match.Streams.Select(s => StreamRisk.From(s, result))],
            Assumptions = notes,
        };
    }
}
