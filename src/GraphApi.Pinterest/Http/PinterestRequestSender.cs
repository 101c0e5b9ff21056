using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Sends the resource clients' requests: asks the host's <see cref="IPinterestAccessTokenProvider"/> for the
/// caller's token on every call, sends JSON and reads JSON with the source-generated context, and shows every answer's
/// rate-limit headers to the host's <see cref="IPinterestQuotaObserver"/> when there is one.
/// </summary>
internal sealed class PinterestRequestSender(HttpClient httpClient, IPinterestAccessTokenProvider tokenProvider, IPinterestQuotaObserver? quotaObserver = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public Task<TResponse> GetAsync<TResponse>(
        PinterestOperation operation, string path, QueryString? query, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken) =>
        SendAsync(operation, path, query, null, responseType, cancellationToken);

    public Task<TResponse> SendJsonAsync<TBody, TResponse>(
        PinterestOperation operation, string path, QueryString? query, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        // Buffered rather than streamed so the request carries a Content-Length.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = Json;
        return SendAsync(operation, path, query, content, responseType, cancellationToken);
    }

    /// <summary>For operations whose success has no body (deletes).</summary>
    public async Task SendAsync(PinterestOperation operation, string path, QueryString? query, CancellationToken cancellationToken)
    {
        var (request, token) = await CreateRequestAsync(operation, path, query, null, cancellationToken);
        using (request)
        {
            using var response = await PinterestHttp.SendAsync(httpClient, request, operation, [token], cancellationToken, quotaObserver);
        }
    }

    private async Task<TResponse> SendAsync<TResponse>(
        PinterestOperation operation, string path, QueryString? query, HttpContent? content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var (request, token) = await CreateRequestAsync(operation, path, query, content, cancellationToken);
        using (request)
        {
            using var response = await PinterestHttp.SendAsync(httpClient, request, operation, [token], cancellationToken, quotaObserver);
            return await PinterestHttp.ReadAsync(response, responseType, operation, cancellationToken);
        }
    }

    private async Task<(HttpRequestMessage Request, string Token)> CreateRequestAsync(
        PinterestOperation operation, string path, QueryString? query, HttpContent? content, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await tokenProvider.GetAccessTokenAsync(cancellationToken);
        }
        catch
        {
            content?.Dispose();
            throw;
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            content?.Dispose();
            throw new InvalidOperationException($"{nameof(IPinterestAccessTokenProvider)} returned no access token for {operation.OperationId}.");
        }

        var request = new HttpRequestMessage(operation.Method, new Uri(path + query, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (request, token);
    }
}
