using System.Text.Json;
using GraphApi.DataLoading;
using GraphApi.Pinterest;

namespace GraphApi.Features.Ads;

/// <summary>
/// Ads analytics of campaigns, ad groups and ads: keys of one level, account and arguments go out as one call per
/// 250 IDs (<c>campaigns|ad_groups|ads/analytics</c>); the account's own analytics is one call per account.
/// An object without rows gets an empty list.
/// </summary>
public sealed class AdsAnalyticsDataLoader(IPinterestClient pinterest) : DataLoader<AdsAnalyticsKey, IReadOnlyList<AdsAnalyticsRow>>
{
    public const int IdsPerCall = PinterestLimits.AdsIdsPerCall;

    protected internal override Task FetchAsync(IReadOnlyList<AdsAnalyticsKey> keys, LoadResults<AdsAnalyticsKey, IReadOnlyList<AdsAnalyticsRow>> results, CancellationToken cancellationToken)
    {
        var chunks = keys.GroupBy(k => k with { Id = "" }).SelectMany(g => g.Chunk(IdsPerCall)).ToList();
        return Parallel.ForEachAsync(
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    await FetchChunkAsync(chunk, results, ct);
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

    private async Task FetchChunkAsync(AdsAnalyticsKey[] chunk, LoadResults<AdsAnalyticsKey, IReadOnlyList<AdsAnalyticsRow>> results, CancellationToken cancellationToken)
    {
        var first = chunk[0];
        var request = first.ToRequest();
        var ids = chunk.Select(k => k.Id).ToList();
        var (rows, idColumn) = first.Level switch
        {
            AdsAnalyticsLevel.AdAccount => (await pinterest.AdAccounts.GetAnalyticsAsync(first.AdAccountId, request, cancellationToken), "AD_ACCOUNT_ID"),
            AdsAnalyticsLevel.Campaign => (await pinterest.Campaigns.GetAnalyticsAsync(first.AdAccountId, ids, request, cancellationToken), "CAMPAIGN_ID"),
            AdsAnalyticsLevel.AdGroup => (await pinterest.AdGroups.GetAnalyticsAsync(first.AdAccountId, ids, request, cancellationToken), "AD_GROUP_ID"),
            _ => (await pinterest.Ads.GetAnalyticsAsync(first.AdAccountId, ids, request, cancellationToken), "AD_ID"),
        };

        // The account level's rows all belong to its one key (an account chunk holds one account: keys differ by Id only).
        var byId = rows.GroupBy(r => first.Level == AdsAnalyticsLevel.AdAccount ? first.Id : IdOf(r, idColumn), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AdsAnalyticsRow>)g.Select(r => AdsAnalyticsRow.From(r, request.Columns.ToList())).ToList(), StringComparer.Ordinal);
        foreach (var key in chunk)
        {
            results.Set(key, byId.GetValueOrDefault(key.Id) ?? []);
        }
    }

    // Ids come back as strings, or as numbers in some of Pinterest's examples.
    private static string IdOf(IReadOnlyDictionary<string, JsonElement> row, string column) =>
        row.TryGetValue(column, out var id) ? id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString() ?? "" : "";
}
