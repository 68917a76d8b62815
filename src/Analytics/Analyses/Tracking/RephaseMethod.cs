namespace Analytics.Analyses.Tracking;

/// <summary>How the remaining target is spread over lines, industries and regions when the year is re-planned.</summary>
public enum RephaseMethod
{
    /// <summary>In the plan's proportions: each unit's share of what remains is its share of the plan.</summary>
    PlanProportions,

    /// <summary>
    /// By momentum: each unit's plan share scaled by its year-to-date completion (actual / target to
    /// date), so units ahead of plan carry more of what remains and units behind carry less. Where
    /// the actuals do not record a level's units, that level keeps the plan's proportions.
    /// </summary>
    Momentum,
}
