using GraphApi.Schema.Relay;

namespace GraphApi.Features.Ads;

/// <summary>
/// Campaigns, ad groups and ads are read under their ad account (<c>/ad_accounts/{id}/campaigns/...</c>), so their
/// keys and global IDs carry it: "adAccountId/id".
/// </summary>
public readonly record struct AdsKey(string AdAccountId, string Id)
{
    public override string ToString() => $"{AdAccountId}/{Id}";

    /// <summary>Both IDs, or null unless both are valid Pinterest IDs (a forged key cannot reach an upstream path).</summary>
    public static AdsKey? Parse(string value) =>
        value.Split('/') is [var account, var id] && PinterestIds.IsValid(account) && PinterestIds.IsValid(id) ? new AdsKey(account, id) : null;
}
