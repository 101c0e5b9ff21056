namespace GraphApi.Pinterest;

/// <summary>
/// Pinterest's documented limits on what a call may carry, spelled once: the client refuses a request that breaks
/// one before sending it, and the gateway uses the same values for its input checks and its field descriptions.
/// </summary>
public static class PinterestLimits
{
    /// <summary>A board's name: 1–180 characters.</summary>
    public const int BoardNameMaxLength = 180;

    /// <summary>A board's description: up to 500 characters.</summary>
    public const int BoardDescriptionMaxLength = 500;

    /// <summary>A board section's name: 1–180 characters.</summary>
    public const int SectionNameMaxLength = 180;

    /// <summary>A Pin's title: up to 100 characters.</summary>
    public const int PinTitleMaxLength = 100;

    /// <summary>A Pin's description: up to 800 characters.</summary>
    public const int PinDescriptionMaxLength = 800;

    /// <summary>A Pin's alternative text: up to 500 characters.</summary>
    public const int PinAltTextMaxLength = 500;

    /// <summary>
    /// An inline image (<c>image_base64</c>, one carousel item), decoded: 10 MiB. Pinterest's OpenAPI file states no
    /// size; this is the gateway's bound for images it sends inline (and for uploaded files by default), not Pinterest's.
    /// </summary>
    public const int PinImageMaxBytes = 10 * 1024 * 1024;

    /// <summary>The fewest images of a carousel Pin.</summary>
    public const int CarouselMinItems = 2;

    /// <summary>The most images of a carousel Pin.</summary>
    public const int CarouselMaxItems = 5;

    /// <summary>Pin ids in one multi-Pin analytics call (<c>GET /pins/analytics</c>).</summary>
    public const int PinsPerAnalyticsCall = 100;

    /// <summary>Analytics reach back this many days.</summary>
    public const int AnalyticsDaysBack = 90;

    /// <summary>Items per page of a cursor-paged list (<c>page_size</c>).</summary>
    public const int MaxPageSize = 250;

    /// <summary>Pins of one top-Pins analytics call (<c>num_of_pins</c>).</summary>
    public const int TopPinsMax = 50;

    /// <summary>Pins per page of a partner Pin search (<c>limit</c>).</summary>
    public const int PartnerPinsSearchMax = 50;

    /// <summary>Ids in one ads list or analytics filter (<c>campaign_ids</c>, <c>ad_group_ids</c>, <c>ad_ids</c>).</summary>
    public const int AdsIdsPerCall = 250;

    /// <summary>Campaigns, ad groups or ads in one bulk create or update.</summary>
    public const int AdsWritesPerCall = 30;

    /// <summary>Pin ids in one <c>ad_pins/analytics</c> call.</summary>
    public const int AdPinsPerAnalyticsCall = 100;

    /// <summary>An ad account's name: up to 256 characters.</summary>
    public const int AdAccountNameMaxLength = 256;

    /// <summary>An asynchronous ads report reaches back this many days (granularity other than HOUR).</summary>
    public const int AdsReportDaysBack = 914;

    /// <summary>An asynchronous ads report spans at most this many days (granularity other than HOUR).</summary>
    public const int AdsReportMaxDays = 186;

    /// <summary>An hourly ads report reaches back this many days.</summary>
    public const int AdsHourlyReportDaysBack = 8;

    /// <summary>An hourly ads report spans at most this many days.</summary>
    public const int AdsHourlyReportMaxDays = 3;

    /// <summary>Campaign, ad group or ad ids filtering one report (<c>maxItems</c> of the report's id filters).</summary>
    public const int AdsReportMaxIds = 500;

    /// <summary>Entity types of one bulk download.</summary>
    public const int BulkDownloadMaxEntityTypes = 6;

    /// <summary>A keyword's text.</summary>
    public const int KeywordValueMaxLength = 120;

    /// <summary>Catalog item ids in one <c>items/post</c> call (<c>filters.item_ids</c> / <c>hotel_ids</c> / <c>creative_assets_ids</c>).</summary>
    public const int CatalogItemIdsPerCall = 1000;

    /// <summary>Item operations in one <c>items_batch/post</c> (1–1000).</summary>
    public const int CatalogItemsPerBatch = 1000;

    /// <summary>Product group ids in one <c>catalogs_product_groups/list</c> <c>id</c> filter, or one <c>delete_many</c>.</summary>
    public const int ProductGroupIdsPerCall = 1000;

    /// <summary>Product groups in one <c>catalogs_product_groups/create_many</c>.</summary>
    public const int ProductGroupsPerCreate = 1000;
}
