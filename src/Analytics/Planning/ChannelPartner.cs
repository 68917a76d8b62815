using Analytics.Common;

namespace Analytics.Planning;

/// <summary>A channel partner and the new-customer sales it is expected to carry (channel_partners.csv).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="NameZh">Name.</param>
/// <param name="RegionId">The region it sells in.</param>
/// <param name="IndustryId">The industry it sells to.</param>
/// <param name="Target">Expected sales through the partner, 萬元 (part of the new-customer target).</param>
/// <param name="OwnerId">The channel specialist who carries the partner.</param>
/// <param name="Source">Where the row was read.</param>
public sealed record ChannelPartner(string Id, string NameZh, string RegionId, string IndustryId, decimal Target, string OwnerId, SourceLocation Source)
{
    /// <summary>Identifier.</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>Expected sales through the partner, 萬元.</summary>
    public decimal Target { get; } = Preconditions.NonNegative(Target);
}
