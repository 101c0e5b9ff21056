using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.Audiences;

/// <summary>An ad account's audiences (tag <c>audiences</c>).</summary>
public interface IAudiencesClient
{
    /// <summary>Lists the ad account's audiences (<c>audiences/list</c>).</summary>
    Task<Page<Audience>> ListAsync(string adAccountId, ListAudiencesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one audience (<c>audiences/get</c>).</summary>
    Task<Audience> GetAsync(string adAccountId, string audienceId, CancellationToken cancellationToken = default);

    /// <summary>Creates an audience (<c>audiences/create</c>). Never retried automatically.</summary>
    Task<Audience> CreateAsync(string adAccountId, CreateAudienceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates or removes an audience (<c>audiences/update</c>).</summary>
    Task<Audience> UpdateAsync(string adAccountId, string audienceId, UpdateAudienceRequest request, CancellationToken cancellationToken = default);
}
