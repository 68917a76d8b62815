using Analytics.Planning;

namespace Analytics.Decomposition;

/// <summary>The personal targets of everyone in one role, added up.</summary>
/// <param name="Role">The role.</param>
/// <param name="People">How many people hold it.</param>
/// <param name="Total">The sum of their personal targets, 萬元.</param>
public sealed record RoleTotal(Role Role, int People, decimal Total);
