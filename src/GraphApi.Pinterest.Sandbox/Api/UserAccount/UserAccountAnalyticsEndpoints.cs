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

    public static void MapUserAccountAnalytics(this RouteGroupBuilder v5)
    {
        v5.MapGet("/user_account/analytics", AccountAsync).Operation("user_account/analytics", UserAccountsRead);
        v5.MapGet("/user_account/analytics/top_pins", TopPinsAsync).Operation("user_account/analytics/top_pins", PinsRead, UserAccountsRead);
        v5.MapGet("/user_account/analytics/top_video_pins", TopVideoPinsAsync).Operation("user_account/analytics/top_video_pins", PinsRead, UserAccountsRead);
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

        return AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AccountMetricTypes, metricsRequired: false, out var parsed, out var error)
            ? SandboxJson.Ok(await TopAsync(api, parsed, sortBy, count, videoOnly: false, cancellationToken))
            : error!;
    }

    // Only the caller's video pins (media_type video), ranked and measured with the video metrics.
    private static async Task<IResult> TopVideoPinsAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var sortBy = request.Query["sort_by"].ToString();
        if (!MetricsGenerator.TopVideoMetricTypes.Contains(sortBy, StringComparer.Ordinal) || !TryCount(request, out var count))
        {
            return SandboxErrors.InvalidParameters("sort_by is required and num_of_pins must be 1..50.");
        }

        return AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.TopVideoMetricTypes, metricsRequired: false, out var parsed, out var error)
            ? SandboxJson.Ok(await TopAsync(api, parsed, sortBy, count, videoOnly: true, cancellationToken))
            : error!;
    }

    private static async Task<TopPinsResponse> TopAsync(ApiContext api, AnalyticsRequest parsed, string sortBy, int count, bool videoOnly, CancellationToken cancellationToken)
    {
        var me = api.Caller.UserId;
        var readable = Visibility.ReadablePinBoardIds(api.Db, api.Caller);
        var pins = api.Db.Pins.Where(p => p.OwnerId == me && readable.Contains(p.BoardId));
        if (videoOnly)
        {
            pins = pins.Where(p => p.MediaType == "video");
        }

        var pinIds = await pins.Select(p => p.Id).ToListAsync(cancellationToken);
        var ready = parsed.Metrics.ToDictionary(m => m, _ => "READY", StringComparer.Ordinal);
        var top = pinIds
            .Select(id => new TopPinResponse(id, MetricsGenerator.Summary(id, parsed.Start, parsed.End, parsed.Metrics.Union([sortBy]).ToList()), ready))
            .OrderByDescending(p => p.Metrics[sortBy]).ThenBy(p => p.PinId, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return new TopPinsResponse(top, sortBy, Availability(api));
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
