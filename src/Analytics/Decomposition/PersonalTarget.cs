using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>One thing a person is credited with.</summary>
/// <param name="Id">The target node's or channel partner's id.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Amount">Its allocated amount, 萬元.</param>
/// <param name="Credit">Owner or overlay.</param>
/// <param name="CountedInTotal">False when the item lies inside another item of the same person (counted once, through the larger one).</param>
public sealed record CreditedItem(string Id, string Name, decimal Amount, Credit Credit, bool CountedInTotal);

/// <summary>A person's target: what they are credited with and its total, phased by quarter.</summary>
/// <param name="Person">The person.</param>
/// <param name="Items">Target nodes and channel partners credited to the person.</param>
/// <param name="Total">The personal target, 萬元: the counted items' sum.</param>
/// <param name="OwnerTotal">The part credited as owner, 萬元.</param>
/// <param name="Phased">The personal target phased over quarters and months.</param>
public sealed record PersonalTarget(Person Person, IReadOnlyList<CreditedItem> Items, decimal Total, decimal OwnerTotal, PeriodAllocation Phased);
