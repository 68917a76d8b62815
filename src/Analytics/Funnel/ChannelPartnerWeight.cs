using Analytics.Common;

namespace Analytics.Funnel;

/// <summary>A channel partner and its relative productivity (e.g. last year's sales, or a judgement 1-10).</summary>
public sealed record ChannelPartnerWeight
{
    /// <summary>Creates a validated partner weight.</summary>
    /// <param name="id">The partner's id; not blank.</param>
    /// <param name="productivity">Its relative productivity, &gt;= 0 (only ratios matter).</param>
    public ChannelPartnerWeight(string id, decimal productivity)
    {
        Id = Preconditions.NotBlank(id);
        Productivity = Preconditions.NonNegative(productivity);
    }

    /// <summary>The partner's id.</summary>
    public string Id { get; }

    /// <summary>Its relative productivity.</summary>
    public decimal Productivity { get; }
}
