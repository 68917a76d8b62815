using Analytics.Analyses.Common;

namespace Analytics.Analyses.Trigger;

/// <summary>
/// What the response to the rule is worth as a policy, on common random numbers: in the trials in
/// which the rule fires in Q1-Q3, the months after the first firing come from the scenario with the
/// push (a probability input raised); elsewhere nothing changes. Re-phasing targets moves no
/// revenue, so the policy's value is the push's.
/// </summary>
/// <param name="Description">The policy in words.</param>
/// <param name="FiresByQ3">P(the rule fires at least once in Q1-Q3), i.e. how often the policy acts.</param>
/// <param name="Without">P(annual target) without the policy.</param>
/// <param name="With">P(annual target) with it.</param>
/// <param name="Value">With minus without, paired per trial (and mean revenue gained, P(policy gives more)).</param>
/// <param name="PushAllYear">For comparison: the push from January in every trial, minus no push.</param>
public sealed record PolicyValue(string Description, Estimate FiresByQ3, Estimate Without, Estimate With, PairedDifference Value, PairedDifference PushAllYear);
