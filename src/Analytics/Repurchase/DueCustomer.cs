namespace Analytics.Repurchase;

/// <summary>A customer with the probability that its equipment is replaced in the year assessed.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Age">Its equipment's age in whole years in the year assessed.</param>
/// <param name="Probability">q_age: the probability of replacement within the year.</param>
public sealed record DueCustomer(InstalledCustomer Customer, int Age, double Probability);
