namespace Analytics.Statistics;

/// <summary>
/// Two alternatives compared on the same trials (common random numbers): the difference in the
/// probability of reaching the target, with its standard error from the paired per-trial
/// indicators (much smaller than from two independent runs when the alternatives move together),
/// the difference in mean revenue, and how often the first gives more revenue than the second.
/// </summary>
/// <param name="ProbabilityDifference">P_A(hit) − P_B(hit), with the SE of the mean of I_A − I_B.</param>
/// <param name="MeanDifference">E[R_A − R_B] (萬元), with its SE.</param>
/// <param name="ProbabilityFirstBeats">P(R_A &gt; R_B) per trial (ties count for neither), with its SE.</param>
public sealed record PairedDifference(Estimate ProbabilityDifference, Estimate MeanDifference, Estimate ProbabilityFirstBeats);
