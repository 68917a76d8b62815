using Analytics.Statistics;

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
/// <param name="WhenActs">The trials in which the policy acts: how many, and P(hit) in them with and without it. <paramref name="With"/> and <paramref name="Without"/> are over all trials, so they dilute the push with the years it never touches; this is the push's effect where it happens.</param>
/// <param name="WhenIdle">The trials in which it does not act: how many, and P(hit) in them (the same with and without it).</param>
public sealed record PolicyValue(string Description, Estimate FiresByQ3, Estimate Without, Estimate With, PairedDifference Value, PairedDifference PushAllYear, PolicyCase WhenActs, PolicyCase WhenIdle);

/// <summary>P(annual target) within the trials in which the policy acts, or within those in which it does not.</summary>
/// <param name="Trials">How many trials (of the run's).</param>
/// <param name="With">P(hit) in them with the policy; null when there are none.</param>
/// <param name="Without">P(hit) in them without it; null when there are none.</param>
public sealed record PolicyCase(long Trials, Estimate? With, Estimate? Without);
