using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>Reads a POST body into memory without ever holding more than the configured limit.</summary>
internal sealed class GraphQLRequestBodyReader(IOptions<GraphQLHttpOptions> options)
{
    public async Task<(byte[]? Body, GraphQLHttpProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // Chunked bodies carry no length: read at most limit + 1 bytes to learn whether it was exceeded.
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    private static GraphQLHttpProblem TooLarge(int limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"The request body is larger than the limit of {limit:N0} bytes.");
}
