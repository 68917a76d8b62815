using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A person credited with a target node (assignments.csv).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="TargetId">The target node; the person is credited with its whole amount.</param>
/// <param name="Credit">Owner or overlay.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record Assignment(string PersonId, string TargetId, Credit Credit, SourceLocation Source)
{
    /// <summary>The person.</summary>
    public string PersonId { get; } = Preconditions.NotBlank(PersonId);

    /// <summary>The target node.</summary>
    public string TargetId { get; } = Preconditions.NotBlank(TargetId);
}
