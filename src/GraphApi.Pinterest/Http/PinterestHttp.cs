using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GraphApi.Pinterest.Errors;
using Polly.Timeout;

namespace GraphApi.Pinterest.Http;

/// <summary>Sends one request and turns every failure mode into a <see cref="PinterestApiException"/>.</summary>
internal static class PinterestHttp
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient, HttpRequestMessage request, PinterestOperation operation, IReadOnlyCollection<string?> secrets, CancellationToken cancellationToken,
        IPinterestQuotaObserver? quotaObserver = null)
    {
        request.Options.Set(PinterestRequestTag.Key, operation.Tag);
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw PinterestErrorResponseReader.Unreachable(operation, ex.StatusCode, "the connection failed", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw PinterestErrorResponseReader.Unreachable(operation, null, "the call timed out", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw PinterestErrorResponseReader.Unreachable(operation, null, "the call timed out", ex);
        }

        // Every answer, success or error; nothing is parsed when no observer is registered.
        quotaObserver?.Observe(PinterestRateLimit.Observe(response, operation));

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw PinterestErrorResponseReader.FromResponse(response, body, operation, secrets);
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, PinterestOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken)
                ?? throw Malformed(response, operation, null);
        }
        catch (JsonException ex)
        {
            throw Malformed(response, operation, ex);
        }
    }

    private static PinterestUpstreamException Malformed(HttpResponseMessage response, PinterestOperation operation, Exception? inner) =>
        new($"Pinterest {operation.OperationId} returned a body that does not match its documented schema.",
            new PinterestErrorInfo(response.StatusCode, null, PinterestErrorResponseReader.RequestId(response), operation.OperationId, null),
            inner);
}
