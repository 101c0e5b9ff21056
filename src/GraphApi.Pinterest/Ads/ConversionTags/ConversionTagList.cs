namespace GraphApi.Pinterest.Ads.ConversionTags;

/// <summary>The answer of <c>GET /ad_accounts/{ad_account_id}/conversion_tags</c>: every tag, not paged.</summary>
public sealed record ConversionTagList
{
    /// <summary>The tags.</summary>
    public IReadOnlyList<ConversionTag> Items { get; init; } = [];
}
