using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Features.Analytics;

/// <summary>
/// Pin analytics through the multi-pin endpoint, up to 100 pins per call. When that (beta) endpoint is not
/// available to the app, or one pin in a chunk fails it, the chunk falls back to one call per pin, so each pin
/// gets its own value or error.
/// </summary>
public sealed class PinAnalyticsDataLoader(IPinterestClient pinterest) : DataLoader<PinAnalyticsKey, PinAnalyticsMetrics>
{
    public const int MaxPinsPerCall = PinterestLimits.PinsPerAnalyticsCall;
    private volatile bool _multiUnavailable;

    // The chunks of one batch are independent: fetched side by side (a few at a time), they cost one wave, not one each.
    // One chunk (the usual case) runs inline, so a batch that learns the beta endpoint is missing tells the next at once.
    protected internal override Task FetchAsync(IReadOnlyList<PinAnalyticsKey> keys, LoadResults<PinAnalyticsKey, PinAnalyticsMetrics> results, CancellationToken cancellationToken)
    {
        var chunks = keys.GroupBy(k => k with { PinId = "" }).SelectMany(group => group.Chunk(MaxPinsPerCall)).ToList();
        return chunks.Count == 1
            ? FetchChunkAsync(chunks[0], results, cancellationToken)
            : Parallel.ForEachAsync(
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken },
                async (chunk, ct) => await FetchChunkAsync(chunk, results, ct));
    }

    private async Task FetchChunkAsync(PinAnalyticsKey[] chunk, LoadResults<PinAnalyticsKey, PinAnalyticsMetrics> results, CancellationToken cancellationToken)
    {
        if (!_multiUnavailable)
        {
            try
            {
                var first = chunk[0];
                var byPin = await pinterest.Pins.GetMultiPinAnalyticsAsync(new MultiPinAnalyticsRequest
                {
                    PinIds = chunk.Select(k => k.PinId).ToList(),
                    StartDate = first.StartDate,
                    EndDate = first.EndDate,
                    MetricTypes = first.Metrics.Split(','),
                    AppTypes = first.AppType,
                }, cancellationToken);
                foreach (var key in chunk)
                {
                    if (byPin.TryGetValue(key.PinId, out var metrics) && Pick(metrics) is { } picked)
                    {
                        results.Set(key, picked);
                    }
                }

                return;
            }
            catch (PinterestApiException ex) when (IsFallbackWorthy(ex))
            {
                _multiUnavailable = ex is not PinterestNotFoundException;
            }
        }

        await KeyedFetch.EachAsync(chunk, results, async (key, ct) => Pick(await pinterest.Pins.GetAnalyticsAsync(key.PinId, new PinAnalyticsRequest
        {
            StartDate = key.StartDate,
            EndDate = key.EndDate,
            MetricTypes = key.Metrics.Split(','),
            AppTypes = key.AppType,
        }, ct)) ?? new PinAnalyticsMetrics(), cancellationToken);
    }

    /// <summary>Pinterest answers per app type; "all" (or the only entry) is the one asked for.</summary>
    private static PinAnalyticsMetrics? Pick(IReadOnlyDictionary<string, PinAnalyticsMetrics> metrics) =>
        metrics.TryGetValue("all", out var all) ? all : metrics.Values.FirstOrDefault();

    /// <summary>Not for rate limits or outages (a per-pin retry would make them worse), nor for scope problems (same answer per pin).</summary>
    private static bool IsFallbackWorthy(PinterestApiException ex) =>
        ex is PinterestNotFoundException or PinterestTrialAccessException
        || (ex is not (PinterestRateLimitedException or PinterestUpstreamException or PinterestInsufficientScopeException or PinterestAuthenticationException)
            && ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.MethodNotAllowed or System.Net.HttpStatusCode.NotImplemented);
}
