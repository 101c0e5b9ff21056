using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.Ads;

/// <summary>The query parameters the ads reads share, and the client's guards before sending them.</summary>
internal static class AdsQuery
{
    public static QueryString AddAnalytics(this QueryString query, AdsAnalyticsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.StartDate, request.EndDate, nameof(request));
        if (request.Columns is null || request.Columns.Count == 0)
        {
            throw new ArgumentException("At least one column is required.", nameof(request));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(request.Granularity, nameof(request));
        return query
            .Add("start_date", request.StartDate)
            .Add("end_date", request.EndDate)
            .AddCommaSeparated("columns", request.Columns)
            .Add("granularity", request.Granularity)
            .Add("click_window_days", request.ClickWindowDays)
            .Add("engagement_window_days", request.EngagementWindowDays)
            .Add("view_window_days", request.ViewWindowDays)
            .Add("conversion_report_time", request.ConversionReportTime);
    }

    public static QueryString AddTargeting(this QueryString query, AdsTargetingAnalyticsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TargetingTypes is null || request.TargetingTypes.Count == 0)
        {
            throw new ArgumentException("At least one targeting type is required.", nameof(request));
        }

        return query.AddAnalytics(request.Analytics)
            .AddCommaSeparated("targeting_types", request.TargetingTypes)
            .AddCommaSeparated("attribution_types", request.AttributionTypes);
    }

    /// <summary>An id filter: null is no filter; otherwise 1–<paramref name="max"/> ids.</summary>
    public static QueryString AddIds(this QueryString query, string name, IReadOnlyList<string>? ids, int max = PinterestLimits.AdsIdsPerCall)
    {
        if (ids is null)
        {
            return query;
        }

        ArgumentOutOfRangeException.ThrowIfZero(ids.Count, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, max, name);
        return query.AddExploded(name, ids);
    }

    public static QueryString AddList(this QueryString query, ListAdsEntitiesRequest? request) =>
        query.AddExploded("entity_statuses", request?.EntityStatuses)
            .Add("order", request?.Order)
            .AddPage(request?.Page);

    public static void GuardBatch<T>(IReadOnlyList<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        ArgumentOutOfRangeException.ThrowIfZero(items.Count, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items.Count, PinterestLimits.AdsWritesPerCall, name);
    }
}
