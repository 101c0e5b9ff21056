using GraphApi.Execution.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
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
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ProblemFor(ex, limit));
        }
        catch (OperationCanceledException) when (TimedOut(request))
        {
            // The whole-request timeout (GraphQL:Limits:RequestTimeout) ran out while the body was still arriving.
            return (null, SlowBody());
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>
    /// Kestrel's own body checks: a body slower than MinRequestBodyDataRate (408), over its size limit (413), or cut
    /// short. Answered in the GraphQL shape instead of the 500 an escaping exception would give.
    /// </summary>
    public static GraphQLHttpProblem ProblemFor(BadHttpRequestException exception, long limit) => exception.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => SlowBody(),
        StatusCodes.Status413PayloadTooLarge => TooLarge(limit),
        _ => GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidRequest, "The request body could not be read in full."),
    };

    public static bool TimedOut(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;

    public static GraphQLHttpProblem SlowBody() => new(
        StatusCodes.Status408RequestTimeout,
        ErrorCodes.RequestTimeout,
        "The request body arrived too slowly and was not read in full.");

    private static GraphQLHttpProblem TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.RequestTooLarge,
        $"The request body is larger than the limit of {limit:N0} bytes.");
}
