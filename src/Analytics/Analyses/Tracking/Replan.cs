namespace Analytics.Analyses.Tracking;

/// <summary>
/// The seed's two responses to a firing of the quarterly rule, computed from the month after the
/// last one observed: (a) what remains of the target re-phased down to people, in the plan's
/// proportions and by momentum, and (b) the scenario's benchmark push as the rest of the year's
/// policy; each alternative's P(annual target) on the same weighted trials.
/// </summary>
/// <param name="FirstMonth">The first month re-planned (the month after the last observed).</param>
/// <param name="PlanProportions">What remains, re-phased in the plan's proportions.</param>
/// <param name="Momentum">What remains, re-phased by momentum.</param>
/// <param name="Alternatives">No change, both re-phasings and (when the scenario states a push) the benchmark focus.</param>
/// <param name="Notes">How the alternatives' revenue is modelled: re-phasing moves targets, not revenue, unless the scenario's response section links effort to them.</param>
public sealed record Replan(int FirstMonth, RephasedPlan PlanProportions, RephasedPlan Momentum, IReadOnlyList<ReplanAlternative> Alternatives, IReadOnlyList<string> Notes);
