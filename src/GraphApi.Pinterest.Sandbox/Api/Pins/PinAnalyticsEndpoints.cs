using GraphApi.Pinterest.Sandbox.Api.Analytics;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>
/// GET /v5/pins/{pin_id}/analytics and the batch GET /v5/pins/analytics (1..100 pin_ids). A request may ask for any
/// standard or video metric (the spec's oneOf); each pin answers those of its own kind, so a video pin reports VIDEO_*
/// and an image pin leaves them out (a mixed batch is one call, as with Pinterest's multi-pin endpoint).
/// </summary>
internal static class PinAnalyticsEndpoints
{
    public static async Task<IResult> SingleAsync(string pinId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var loaded = await PinAccess.ReadableAsync(api, pinId, cancellationToken);
        if (loaded.Value is not { } pin)
        {
            return loaded.Error!;
        }

        return AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AnyPinMetricTypes, metricsRequired: true, out var parsed, out var error)
            ? SandboxJson.Ok(AnalyticsResponses.For(pin.Id, ForKind(parsed, pin), isPin: true))
            : error!;
    }

    public static async Task<IResult> MultiAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var pinIds = request.Query["pin_ids"].SelectMany(SandboxScopes.Parse).Distinct(StringComparer.Ordinal).ToList();
        if (pinIds.Count is < 1 or > 100)
        {
            return SandboxErrors.InvalidParameters("pin_ids must list between 1 and 100 pin ids.");
        }

        if (!AnalyticsRequest.TryParse(request, api.Today, MetricsGenerator.AnyPinMetricTypes, metricsRequired: true, out var parsed, out var error))
        {
            return error!;
        }

        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pinId in pinIds)
        {
            var loaded = await PinAccess.ReadableAsync(api, pinId, cancellationToken);
            if (loaded.Value is not { } pin)
            {
                return loaded.Error!;
            }

            result[pinId] = AnalyticsResponses.For(pinId, ForKind(parsed, pin), isPin: true);
        }

        return SandboxJson.Ok(result);
    }

    private static AnalyticsRequest ForKind(AnalyticsRequest parsed, PinEntity pin)
    {
        var kind = pin.MediaType == "video" ? MetricsGenerator.VideoPinMetricTypes : MetricsGenerator.PinMetricTypes;
        return parsed with { Metrics = parsed.Metrics.Where(m => kind.Contains(m, StringComparer.Ordinal)).ToList() };
    }
}
