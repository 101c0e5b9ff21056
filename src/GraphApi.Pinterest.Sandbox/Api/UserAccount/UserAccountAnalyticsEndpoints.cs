using GraphApi.Pinterest.Sandbox.Api.Analytics;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.UserAccount;

/// <summary>Account analytics and top pins, from the deterministic daily metrics.</summary>
internal static class UserAccountAnalyticsEndpoints
{
    private static readonly string[] TopPinSorts = ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"];
    private static readonly string[] TopVideoSorts =
        ["SAVE", "IMPRESSION", "OUTBOUND_CLICK", "VIDEO_MRC_VIEW", "VIDEO_AVG_WATCH_TIME", "VIDEO_V50_WATCH_TIME", "QUARTILE_95_PERCENT_VIEW", "VIDEO_10S_VIEW", "VIDEO_START"];

    public static void MapUserAccountAnalytics(this RouteGroupBuilder v5)
    {
        v5.MapGet("/user_account/analytics", AccountAsync).Operation("user_account/analytics", UserAccountsRead);
        v5.MapGet("/user_account/analytics/top_pins", TopPinsAsync).Operation("user_account/analytics/top_pins", PinsRead, UserAccountsRead);
        v5.MapGet("/user_account/analytics/top_video_pins", TopVideoPins).Operation("user_account/analytics/top_video_pins", PinsRead, UserAccountsRead);
    }

    private static IResult AccountAsync(HttpRequest request, ApiContext api) =>
        AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AccountMetricTypes, metricsRequired: false, out var parsed, out var error)
            ? SandboxJson.Ok(AnalyticsResponses.For(api.Caller.UserId, parsed, isPin: false))
            : error!;

    private static async Task<IResult> TopPinsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var sortBy = request.Query["sort_by"].ToString();
        if (!TopPinSorts.Contains(sortBy, StringComparer.Ordinal) || !TryCount(request, out var count))
        {
            return SandboxErrors.InvalidParameters("sort_by is required (ENGAGEMENT, IMPRESSION, OUTBOUND_CLICK, PIN_CLICK, SAVE) and num_of_pins must be 1..50.");
        }

        if (!AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AccountMetricTypes, metricsRequired: false, out var parsed, out var error))
        {
            return error!;
        }

        var me = api.Caller.UserId;
        var readable = Visibility.ReadablePinBoardIds(api.Db, api.Caller);
        var pinIds = await api.Db.Pins.Where(p => p.OwnerId == me && readable.Contains(p.BoardId)).Select(p => p.Id).ToListAsync(cancellationToken);
        var ready = parsed.Metrics.ToDictionary(m => m, _ => "READY", StringComparer.Ordinal);
        var top = pinIds
            .Select(id => new TopPinResponse(id, MetricsGenerator.Summary(id, parsed.Start, parsed.End, parsed.Metrics.Union([sortBy]).ToList()), ready))
            .OrderByDescending(p => p.Metrics[sortBy]).ThenBy(p => p.PinId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return SandboxJson.Ok(new TopPinsResponse(top, sortBy, Availability(api)));
    }

    // The sandbox has no video pins, so the list is valid but always empty.
    private static IResult TopVideoPins(HttpRequest request, ApiContext api)
    {
        var sortBy = request.Query["sort_by"].ToString();
        if (!TopVideoSorts.Contains(sortBy, StringComparer.Ordinal) || !TryCount(request, out _))
        {
            return SandboxErrors.InvalidParameters("sort_by is required and num_of_pins must be 1..50.");
        }

        return AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AccountMetricTypes, metricsRequired: false, out _, out var error)
            ? SandboxJson.Ok(new TopPinsResponse([], sortBy, Availability(api)))
            : error!;
    }

    private static DateAvailabilityResponse Availability(ApiContext api) =>
        new(false, new DateTimeOffset(api.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() - 1);

    private static bool TryCount(HttpRequest request, out int count)
    {
        count = 10;
        var raw = request.Query["num_of_pins"].ToString();
        return raw.Length == 0 || (int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out count) && count is >= 1 and <= 50);
    }
}
