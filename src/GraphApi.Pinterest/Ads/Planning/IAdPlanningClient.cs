namespace GraphApi.Pinterest.Ads.Planning;

/// <summary>Estimates asked before an ad group runs (tag <c>ad_groups</c>): reach and bid floors. Both are POSTs that
/// write nothing.</summary>
public interface IAdPlanningClient
{
    /// <summary>Estimates the audience of a targeting (<c>ad_groups/audience_sizing</c>).</summary>
    Task<AudienceSizing> GetAudienceSizingAsync(string adAccountId, AudienceSizingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the lowest bids accepted (<c>ad_groups_bid_floor/get</c>).</summary>
    Task<BidFloor> GetBidFloorAsync(string adAccountId, BidFloorRequest request, CancellationToken cancellationToken = default);
}
