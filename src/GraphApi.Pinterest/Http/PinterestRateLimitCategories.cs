namespace GraphApi.Pinterest.Http;

/// <summary>
/// Pinterest's rate-limit categories (the OpenAPI file's <c>x-ratelimit-category</c>) of the operations this client
/// calls: operations of one category share one quota per user and app.
/// </summary>
public static class PinterestRateLimitCategories
{
    public const string OrgRead = "org_read";

    public const string OrgWrite = "org_write";

    public const string OrgAnalytics = "org_analytics";

    public const string AdsRead = "ads_read";

    public const string AdsWrite = "ads_write";

    public const string AdsAnalytics = "ads_analytics";

    public const string CatalogsRead = "catalogs_read";

    public const string CatalogsWrite = "catalogs_write";
}
