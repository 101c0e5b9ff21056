using GraphApi.Pinterest.Http;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Ads.Planning;

internal sealed class AdPlanningClient(PinterestRequestSender connection) : IAdPlanningClient
{
    private static readonly PinterestAdResourcesJsonContext Json = PinterestAdResourcesJsonContext.Default;

    // POST /ad_accounts/{ad_account_id}/ad_groups/audience_sizing
    public Task<AudienceSizing> GetAudienceSizingAsync(string adAccountId, AudienceSizingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(AudienceSizingGet, AudienceSizingGet.Path(adAccountId), null, request, Json.AudienceSizingRequest, Json.AudienceSizing, cancellationToken);
    }

    // POST /ad_accounts/{ad_account_id}/bid_floor
    public Task<BidFloor> GetBidFloorAsync(string adAccountId, BidFloorRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adAccountId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(BidFloorGet, BidFloorGet.Path(adAccountId), null, request, Json.BidFloorRequest, Json.BidFloor, cancellationToken);
    }
}
