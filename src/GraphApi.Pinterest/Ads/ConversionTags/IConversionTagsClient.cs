namespace GraphApi.Pinterest.Ads.ConversionTags;

/// <summary>An ad account's Pinterest Tags (tag <c>conversion_tags</c>).</summary>
public interface IConversionTagsClient
{
    /// <summary>Lists the ad account's tags, all in one answer (<c>conversion_tags/list</c>).</summary>
    Task<ConversionTagList> ListAsync(string adAccountId, bool? filterDeleted = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one tag (<c>conversion_tags/get</c>).</summary>
    Task<ConversionTag> GetAsync(string adAccountId, string conversionTagId, CancellationToken cancellationToken = default);

    /// <summary>Creates a tag (<c>conversion_tags/create</c>). Never retried automatically.</summary>
    Task<ConversionTag> CreateAsync(string adAccountId, CreateConversionTagRequest request, CancellationToken cancellationToken = default);
}
