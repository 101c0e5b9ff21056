using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GraphApi.Pinterest.Errors;
using Polly.Timeout;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Sends one request and turns every failure mode into a <see cref="PinterestApiException"/>. Bodies are read as
/// they arrive (headers first, then the JSON deserialized from the network stream) instead of being buffered whole:
/// buffering allocated a byte array per call as large as the body (the largest allocation per request in the profile,
/// docs/performance/profile.md). The buffered read happened after the resilience pipeline anyway, bounded only by
/// <see cref="HttpClient.Timeout"/>, so reading the body keeps exactly that bound (<c>bodyTimeout</c>) and maps a
/// connection lost mid-body to the same "unreachable" error as before.
/// </summary>
internal static class PinterestHttp
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient, HttpRequestMessage request, PinterestOperation operation, IReadOnlyCollection<string?> secrets, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw PinterestErrorMapper.Unreachable(operation, ex.StatusCode, "the connection failed", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw PinterestErrorMapper.Unreachable(operation, null, "the call timed out", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw PinterestErrorMapper.Unreachable(operation, null, "the call timed out", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string body;
            using var timeout = BodyTimeout(httpClient.Timeout, cancellationToken);
            try
            {
                body = await response.Content.ReadAsStringAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The status is the answer; a body lost on the way only loses Pinterest's message.
                body = "";
            }

            throw PinterestErrorMapper.FromResponse(response, body, operation, secrets);
        }
    }

    public static async Task<T> ReadAsync<T>(
        HttpClient httpClient, HttpResponseMessage response, JsonTypeInfo<T> type, PinterestOperation operation, CancellationToken cancellationToken)
    {
        using var timeout = BodyTimeout(httpClient.Timeout, cancellationToken);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await JsonSerializer.DeserializeAsync(stream, type, timeout.Token)
                ?? throw Malformed(response, operation, null);
        }
        catch (JsonException ex)
        {
            throw Malformed(response, operation, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw PinterestErrorMapper.Unreachable(operation, null, "the connection failed", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw PinterestErrorMapper.Unreachable(operation, null, "the call timed out", ex);
        }
    }

    // The bound the buffered read had: HttpClient.Timeout (Pinterest:Timeout + 5 s), or the caller's cancellation.
    private static CancellationTokenSource BodyTimeout(TimeSpan limit, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(limit);
        return source;
    }

    private static PinterestUpstreamException Malformed(HttpResponseMessage response, PinterestOperation operation, Exception? inner) =>
        new($"Pinterest {operation.OperationId} returned a body that does not match its documented schema.",
            new PinterestErrorInfo(response.StatusCode, null, PinterestErrorMapper.RequestId(response), operation.OperationId, null),
            inner);
}
