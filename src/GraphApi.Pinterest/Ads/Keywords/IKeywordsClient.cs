using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.Keywords;

/// <summary>An ad account's targeting keywords (tag <c>keywords</c>).</summary>
public interface IKeywordsClient
{
    /// <summary>Lists keywords of a campaign or ad group (<c>keywords/get</c>).</summary>
    Task<Page<Keyword>> ListAsync(string adAccountId, ListKeywordsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates keywords on one parent (<c>keywords/create</c>). Never retried automatically.</summary>
    Task<KeywordsResult> CreateAsync(string adAccountId, CreateKeywordsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Archives, restores or re-bids keywords (<c>keywords/update</c>).</summary>
    Task<KeywordsResult> UpdateAsync(string adAccountId, UpdateKeywordsRequest request, CancellationToken cancellationToken = default);
}
