using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// Query of the campaign, ad group and ad lists: id filters (up to 250 each; each list accepts the filters of its own
/// level and above), entity statuses (Pinterest's default: ACTIVE and PAUSED), order and page.
/// </summary>
public sealed record ListAdsEntitiesRequest
{
    /// <summary>Only these campaigns (or the ad groups/ads in them).</summary>
    public IReadOnlyList<string>? CampaignIds { get; init; }

    /// <summary>Only these ad groups (or the ads in them); not for campaigns.</summary>
    public IReadOnlyList<string>? AdGroupIds { get; init; }

    /// <summary>Only these ads; ads only.</summary>
    public IReadOnlyList<string>? AdIds { get; init; }

    /// <summary><see cref="AdsEntityStatus"/> values.</summary>
    public IReadOnlyList<string>? EntityStatuses { get; init; }

    /// <summary><c>ASCENDING</c> or <c>DESCENDING</c> by id.</summary>
    public string? Order { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
