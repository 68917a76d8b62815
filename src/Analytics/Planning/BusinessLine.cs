using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// A business line of the plan: a <c>level=line</c> row of targets.csv with its kind. Ids are free
/// (e.g. "servo_x"); several lines may share a kind.
/// </summary>
public sealed record BusinessLine
{
    /// <summary>Creates a line for <paramref name="target"/>, which must be a line-level node.</summary>
    /// <param name="target">The line's node in the target tree.</param>
    /// <param name="kind">What the line is.</param>
    public BusinessLine(TargetNode target, LineKind kind)
    {
        Target = Preconditions.NotNull(target);
        if (target.Level != TargetLevel.Line)
        {
            throw new ArgumentException($"target \"{target.Id}\" is at level {target.Level}, not a business line.", nameof(target));
        }

        Kind = kind;
    }

    /// <summary>The line's id (its targets.csv id).</summary>
    public string Id => Target.Id;

    /// <summary>What the line is.</summary>
    public LineKind Kind { get; }

    /// <summary>Chinese name.</summary>
    public string NameZh => Target.NameZh;

    /// <summary>English name.</summary>
    public string NameEn => Target.NameEn;

    /// <summary>Last year's revenue of the line, 萬元 (targets.csv <c>last_year</c>), or null when the plan does not state it.</summary>
    public decimal? LastYear => Target.LastYear;

    /// <summary>The line's node in the target tree.</summary>
    public TargetNode Target { get; }
}
