using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Features.Ads;

/// <summary>
/// Campaigns, ad groups and ads by (ad account, ID) through the list endpoints' id filters: one call per account and
/// 250 IDs, every entity status (Pinterest's default would hide archived and draft objects), page size 250 so one
/// page holds them all. An ID Pinterest does not return loads as null.
/// </summary>
public abstract class AdsEntitiesByIdDataLoader<T>(Func<string, IReadOnlyList<string>, CancellationToken, Task<Page<T>>> list, Func<T, string> idOf) : DataLoader<AdsKey, T>
    where T : class
{
    public const int IdsPerCall = PinterestLimits.AdsIdsPerCall;

    protected internal override async Task FetchAsync(IReadOnlyList<AdsKey> keys, LoadResults<AdsKey, T> results, CancellationToken cancellationToken)
    {
        var chunks = keys.GroupBy(k => k.AdAccountId).SelectMany(g => g.Chunk(IdsPerCall)).ToList();
        await Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var account = chunk[0].AdAccountId;
                try
                {
                    var page = await list(account, chunk.Select(k => k.Id).ToList(), ct);
                    foreach (var item in page.Items)
                    {
                        results.Set(new AdsKey(account, idOf(item)), item);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    foreach (var key in chunk)
                    {
                        results.Fail(key, ex);
                    }
                }
            });
    }

    internal static ListAdsEntitiesRequest ByIds(Func<ListAdsEntitiesRequest, ListAdsEntitiesRequest> ids) =>
        ids(new ListAdsEntitiesRequest { EntityStatuses = AdsEntityStatus.All, Page = new PageRequest(IdsPerCall) });
}

public sealed class CampaignsByIdDataLoader(IPinterestClient pinterest) : AdsEntitiesByIdDataLoader<Campaign>(
    (account, ids, ct) => pinterest.Campaigns.ListAsync(account, ByIds(r => r with { CampaignIds = ids }), ct), c => c.Id);

public sealed class AdGroupsByIdDataLoader(IPinterestClient pinterest) : AdsEntitiesByIdDataLoader<AdGroup>(
    (account, ids, ct) => pinterest.AdGroups.ListAsync(account, ByIds(r => r with { AdGroupIds = ids }), ct), g => g.Id);

public sealed class AdsByIdDataLoader(IPinterestClient pinterest) : AdsEntitiesByIdDataLoader<Ad>(
    (account, ids, ct) => pinterest.Ads.ListAsync(account, ByIds(r => r with { AdIds = ids }), ct), a => a.Id);
