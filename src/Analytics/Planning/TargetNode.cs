using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// One row of the target tree (targets.csv). A node states an amount, a share of its parent, or
/// both (then the audit checks that they agree); the decomposition fills in what is missing.
/// </summary>
public sealed record TargetNode
{
    /// <summary>Creates a node; throws <see cref="ArgumentException"/> when neither amount nor share is given for a non-root node.</summary>
    public TargetNode(
        string id,
        string? parentId,
        TargetLevel level,
        string? industryId,
        string? regionId,
        string nameZh,
        string nameEn,
        decimal? amount,
        decimal? share,
        SourceLocation source,
        string sourceNote = "",
        LineKind? kind = null,
        decimal? lastYear = null)
    {
        Id = Preconditions.NotBlank(id);
        ParentId = parentId;
        Level = level;
        IndustryId = industryId;
        RegionId = regionId;
        NameZh = Preconditions.NotBlank(nameZh);
        NameEn = Preconditions.NotBlank(nameEn);
        Amount = amount is { } a ? Preconditions.NonNegative(a, nameof(amount)) : null;
        Share = share is { } s ? Preconditions.Share(s, nameof(share)) : null;
        Source = source ?? SourceLocation.None;
        SourceNote = sourceNote ?? string.Empty;
        if ((level == TargetLevel.Company) != (parentId is null))
        {
            throw new ArgumentException($"target \"{id}\": only the company node has no parent (level {level}, parent {(parentId ?? "none")}).", nameof(parentId));
        }

        if (level == TargetLevel.Company && amount is null)
        {
            throw new ArgumentException($"target \"{id}\": the company target needs an amount.", nameof(amount));
        }

        if (amount is null && share is null)
        {
            throw new ArgumentException($"target \"{id}\" has neither an amount nor a share; give at least one.", nameof(amount));
        }

        if (level != TargetLevel.Line && (kind is not null || lastYear is not null))
        {
            throw new ArgumentException($"target \"{id}\" is at level {level.ToString().ToLowerInvariant()}: a kind and last year's revenue are stated on line rows only.", kind is not null ? nameof(kind) : nameof(lastYear));
        }

        Kind = kind;
        LastYear = lastYear is { } last ? Preconditions.NonNegative(last, nameof(lastYear)) : null;
    }

    /// <summary>Identifier, unique in the plan.</summary>
    public string Id { get; }

    /// <summary>The parent's id; null for the company node.</summary>
    public string? ParentId { get; }

    /// <summary>The node's level.</summary>
    public TargetLevel Level { get; }

    /// <summary>The industry it belongs to, if any.</summary>
    public string? IndustryId { get; }

    /// <summary>The sales region it belongs to, if any.</summary>
    public string? RegionId { get; }

    /// <summary>Chinese name (for region nodes, the seed's area name, e.g. 珠三角).</summary>
    public string NameZh { get; }

    /// <summary>English name.</summary>
    public string NameEn { get; }

    /// <summary>The stated amount, 萬元, or null when only a share is given.</summary>
    public decimal? Amount { get; }

    /// <summary>The stated share of the parent (fraction), or null.</summary>
    public decimal? Share { get; }

    /// <summary>Where the row was read.</summary>
    public SourceLocation Source { get; }

    /// <summary>Where the figure comes from (seed section or assumption id).</summary>
    public string SourceNote { get; }

    /// <summary>
    /// The kind a line row states (targets.csv <c>kind</c>), or null when it states none; always null
    /// below the line level. The line's kind, defaults included, is <see cref="BusinessLine.Kind"/>.
    /// </summary>
    public LineKind? Kind { get; }

    /// <summary>Last year's revenue of a line, 萬元 (targets.csv <c>last_year</c>), or null when not stated; always null off the line level.</summary>
    public decimal? LastYear { get; }

    /// <summary>A copy stating <paramref name="amount"/> 萬元 and <paramref name="share"/> of its parent (either may be null, not both), validated again.</summary>
    public TargetNode WithFigures(decimal? amount, decimal? share)
        => new(Id, ParentId, Level, IndustryId, RegionId, NameZh, NameEn, amount, share, Source, SourceNote, Kind, LastYear);

    /// <summary>A copy stating <paramref name="amount"/> 萬元 (null: no amount, then it needs a share), its share kept; validated again.</summary>
    public TargetNode WithAmount(decimal? amount) => WithFigures(amount, Share);

    /// <summary>A copy stating <paramref name="share"/> of its parent (a fraction; null: no share, then it needs an amount), its amount kept; validated again.</summary>
    public TargetNode WithShare(decimal? share) => WithFigures(Amount, share);
}
