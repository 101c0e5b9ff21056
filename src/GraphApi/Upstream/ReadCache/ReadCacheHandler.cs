using System.Text.Json;
using GraphApi.Accounts.Links;

namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// Answers a caller's repeated Pinterest GET from <see cref="ReadAnswerCache"/>, and invalidates the caller's cached
/// answers after any other call through their link. It is the outermost of the host's handlers on the Pinterest client
/// (inside the client's resilience pipeline), so it sees every call of every resource client and loader, and a hit
/// never reaches the 401 refresh, the per-request concurrency gate or the call telemetry: a hit is not a Pinterest
/// call, so the sandbox, the quota tracker (no rate-limit headers) and the upstream-call metric do not count it.
/// </summary>
/// <remarks>
/// Only calls made with a caller's bearer token in a request whose caller has a stored link are considered; OAuth's
/// token calls (HTTP Basic) and calls outside a request pass through. A non-2xx answer, a body that is not well-formed JSON, an
/// exception or a cancellation is never stored; a body over <c>ReadCache:MaxEntryBytes</c> is answered but not stored. Writes invalidate whatever
/// their outcome: a write that timed out may still have changed Pinterest's data.
/// </remarks>
internal sealed class ReadCacheHandler(ReadAnswerCache cache, IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!cache.Enabled ||
            request.Headers.Authorization is not { Scheme: "Bearer" } ||
            request.RequestUri is not { IsAbsoluteUri: true } uri ||
            httpContextAccessor.HttpContext?.RequestServices.GetService<RequestAccountLink>() is not { } requestLink)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var (caller, link) = await requestLink.GetAsync(cancellationToken);
        if (caller is null || link is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var tag = ReadCacheKeys.Link(link.Key);
        if (request.Method != HttpMethod.Get)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                cache.Invalidate(tag);
            }
        }

        var key = ReadCacheKeys.Entry(caller, link, request.Method, uri);
        var invalidationsBefore = cache.InvalidationsOf(tag);
        if (await cache.GetAsync(key, tag, cancellationToken) is { } cached)
        {
            return cached.ToResponse(request);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength is { } length && length <= cache.MaxEntryBytes)
        {
            // Buffered already (the concurrency handler loads every body), so reading it here costs no extra I/O and
            // the client can still read the same content afterwards.
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!IsWellFormedJson(body))
            {
                // A cut-off body is Pinterest's (or the network's) error: the client fails on it, and so must the next read.
                return response;
            }

            var answer = new CachedAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
            await cache.OfferAsync(key, tag, answer, invalidationsBefore, cancellationToken);
        }

        return response;
    }

    private static bool IsWellFormedJson(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return body.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
