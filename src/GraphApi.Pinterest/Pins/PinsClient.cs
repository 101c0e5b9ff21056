using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Pins;

internal sealed class PinsClient(PinterestRequestSender connection) : IPinsClient
{
    /// <summary>Pinterest's limit for <c>multi_pins/analytics</c>.</summary>
    public const int MaxPinIdsPerAnalyticsCall = PinterestLimits.PinsPerAnalyticsCall;

    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // GET /pins
    public Task<Page<Pin>> ListAsync(ListPinsRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .Add("pin_filter", request?.PinFilter)
            .Add("pin_metrics", request?.PinMetrics)
            .Add("include_protected_pins", request?.IncludeProtectedPins)
            .Add("pin_type", request?.PinType)
            .AddExploded("creative_types", request?.CreativeTypes)
            .Add("ad_account_id", request?.AdAccountId)
            .AddPage(request?.Page);
        return connection.GetAsync(PinsList, PinsList.Path(), query, Json.PagePin, cancellationToken);
    }

    // GET /pins/{pin_id}
    public Task<Pin> GetAsync(string pinId, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinId);
        var query = new QueryString().Add("ad_account_id", adAccountId).Add("pin_metrics", pinMetrics);
        return connection.GetAsync(PinsGet, PinsGet.Path(pinId), query, Json.Pin, cancellationToken);
    }

    // POST /pins
    public Task<Pin> CreateAsync(CreatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.BoardId, nameof(request));
        PinMediaSourceGuard.Check(request.MediaSource);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(PinsCreate, PinsCreate.Path(), query, request, Json.CreatePinRequest, Json.Pin, cancellationToken);
    }

    // PATCH /pins/{pin_id}
    public Task<Pin> UpdateAsync(string pinId, UpdatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinId);
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(PinsUpdate, PinsUpdate.Path(pinId), query, request, Json.UpdatePinRequest, Json.Pin, cancellationToken);
    }

    // DELETE /pins/{pin_id}
    public Task DeleteAsync(string pinId, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinId);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendAsync(PinsDelete, PinsDelete.Path(pinId), query, cancellationToken);
    }

    // POST /pins/{pin_id}/save
    public Task<Pin> SaveAsync(string pinId, SavePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinId);
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(PinsSave, PinsSave.Path(pinId), query, request, Json.SavePinRequest, Json.Pin, cancellationToken);
    }

    // GET /pins/{pin_id}/analytics
    public Task<IReadOnlyDictionary<string, PinAnalyticsMetrics>> GetAnalyticsAsync(string pinId, PinAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinId);
        ArgumentNullException.ThrowIfNull(request);
        GuardMetrics(request.StartDate, request.EndDate, request.MetricTypes);
        var query = new QueryString()
            .Add("start_date", request.StartDate)
            .Add("end_date", request.EndDate)
            .Add("app_types", request.AppTypes)
            .AddCommaSeparated("metric_types", request.MetricTypes)
            .Add("split_field", request.SplitField)
            .Add("ad_account_id", request.AdAccountId);
        return connection.GetAsync(PinsAnalytics, PinsAnalytics.Path(pinId), query, Json.IReadOnlyDictionaryStringPinAnalyticsMetrics, cancellationToken);
    }

    // GET /pins/analytics
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, PinAnalyticsMetrics>>> GetMultiPinAnalyticsAsync(MultiPinAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.PinIds, nameof(request));
        ArgumentOutOfRangeException.ThrowIfZero(request.PinIds.Count, nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PinIds.Count, MaxPinIdsPerAnalyticsCall, nameof(request));
        GuardMetrics(request.StartDate, request.EndDate, request.MetricTypes);
        var query = new QueryString()
            .AddExploded("pin_ids", request.PinIds)
            .Add("start_date", request.StartDate)
            .Add("end_date", request.EndDate)
            .Add("app_types", request.AppTypes)
            .AddCommaSeparated("metric_types", request.MetricTypes)
            .Add("ad_account_id", request.AdAccountId);
        return connection.GetAsync(MultiPinsAnalytics, MultiPinsAnalytics.Path(), query, Json.IReadOnlyDictionaryStringIReadOnlyDictionaryStringPinAnalyticsMetrics, cancellationToken);
    }

    private static void GuardMetrics(DateOnly start, DateOnly end, IReadOnlyList<string>? metricTypes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end, nameof(start));
        if (metricTypes is null || metricTypes.Count == 0)
        {
            throw new ArgumentException("At least one metric type is required.", nameof(metricTypes));
        }
    }
}
