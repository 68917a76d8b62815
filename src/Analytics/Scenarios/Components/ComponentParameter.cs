using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Components;

/// <summary>
/// A distribution of a component whose mean an analysis may move (goal seek: "how many leads
/// would it take?"): a count (leads, orders) or an order value.
/// </summary>
/// <param name="Key">The component's key for it, e.g. "leads" (the lever's path is "COMPONENT.KEY.mean").</param>
/// <param name="Distribution">Its distribution as the component states it; a <see cref="CountDistribution"/> for a count.</param>
/// <param name="Replace">The component (of the same kind, possibly already changed elsewhere) with this distribution replaced.</param>
public sealed record ComponentParameter(string Key, Distribution Distribution, Func<ITrialComponent, Distribution, ITrialComponent> Replace)
{
    /// <summary>Whether it is a count (leads, orders) rather than a value.</summary>
    public bool IsCount => Distribution is CountDistribution;
}
