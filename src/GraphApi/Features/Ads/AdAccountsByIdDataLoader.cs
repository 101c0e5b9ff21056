using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;

namespace GraphApi.Features.Ads;

/// <summary>Ad accounts by ID. <c>ad_accounts/list</c> has no id filter: one deduplicated <c>ad_accounts/get</c> per account.</summary>
public sealed class AdAccountsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, AdAccount>
{
    protected internal override Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, AdAccount> results, CancellationToken cancellationToken) =>
        KeyedFetch.EachAsync(keys, results, (id, ct) => pinterest.AdAccounts.GetAsync(id, ct), cancellationToken);
}
