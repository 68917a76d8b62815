using Analytics.Statistics;

namespace Analytics.Analyses.Tracking;

/// <summary>One line under a re-plan alternative: its target for the rest of the year and the chance that what it books from now on reaches it.</summary>
/// <param name="Line">The plan's line id.</param>
/// <param name="Stream">The scenario's stream.</param>
/// <param name="RemainingTarget">Its target for the remaining months under the alternative, 萬元.</param>
/// <param name="Hit">P(the line's revenue after the months observed &gt;= that target | observed).</param>
public sealed record LineTargetChance(string Line, string Stream, decimal RemainingTarget, Estimate Hit);
