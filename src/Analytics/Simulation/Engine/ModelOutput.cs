using Analytics.Common;

namespace Analytics.Simulation.Engine;

/// <summary>One per-trial output of a model (e.g. a revenue stream or the total) and the threshold whose exceedance probability is reported.</summary>
/// <param name="Name">Unique within a model.</param>
/// <param name="Target">The threshold for P(output &gt;= target), or null when none is asked for.</param>
public sealed record ModelOutput(string Name, double? Target)
{
    /// <summary>The name (validated: not blank).</summary>
    public string Name { get; init; } = Preconditions.NotBlank(Name);

    /// <summary>The threshold (validated: finite when given).</summary>
    public double? Target { get; init; } = Target is { } t ? Preconditions.Finite(t, nameof(Target)) : null;
}
