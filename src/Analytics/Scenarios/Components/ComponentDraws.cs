namespace Analytics.Scenarios.Components;

/// <summary>The random draws a component makes in one trial on average, and the key that drives them.</summary>
/// <param name="Key">The component's key whose value sets the count of draws, e.g. "customers" or "leads".</param>
/// <param name="PerTrial">Expected draws per trial: the count draws plus one value draw per expected order.</param>
public sealed record ComponentDraws(string Key, double PerTrial);
