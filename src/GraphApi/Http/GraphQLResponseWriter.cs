using System.Text.Json;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Limits;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>
/// Writes execution results and refusals in the negotiated media type, always UTF-8. The body is serialized into a
/// bounded buffer first (<see cref="GraphQLLimitsOptions.MaxResponseBytes"/>), so a response too large, or nested
/// deeper than the serializer allows, is answered with a coded 400 instead of a 500 or a cut-off body.
/// </summary>
internal sealed partial class GraphQLResponseWriter(
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLResponseWriter> logger)
{
    /// <summary>
    /// The serializer's maximum nesting (set in the engine registration). A response nests at most two levels per
    /// selection level (a list, then its objects) plus the envelope, so this stays far above
    /// <see cref="GraphQLLimitsOptions.MaxDepth"/>'s highest allowed value of 64.
    /// </summary>
    public const int SerializerMaxDepth = 256;

    public async Task WriteAsync<T>(HttpContext context, int statusCode, string mediaType, T body)
    {
        // Not RequestAborted: it is already cancelled when a request timeout is answered (408, 504). Serializing is in
        // memory and bounded; the socket write is bounded by Kestrel's MinResponseDataRate and fails at once for a
        // client that is gone.
        var cancellationToken = CancellationToken.None;
        var max = limits.Value.MaxResponseBytes;
        using var buffer = new BoundedResponseBuffer(max);
        ExecutionError? replacement = null;
        try
        {
            await serializer.WriteAsync(buffer, body, cancellationToken);
        }
        catch (ResponseTooLargeException)
        {
            LogTooLarge(logger, max);
            replacement = new ExecutionError(
                $"The response is larger than the limit of {max:N0} bytes and was not sent; the operation was executed (a mutation made its changes). Select fewer fields or smaller pages.")
            { Code = ErrorCodes.ResponseTooLarge };
        }
        catch (JsonException ex)
        {
            // Writing a result only throws JsonException for nesting beyond SerializerMaxDepth, which the depth limit prevents.
            LogTooDeep(logger, ex);
            replacement = new ExecutionError("The response is nested deeper than the gateway can write and was not sent.")
            { Code = ErrorCodes.ResponseTooDeep };
        }

        context.Response.StatusCode = replacement is null ? statusCode : StatusCodes.Status400BadRequest;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        if (replacement is not null)
        {
            // A one-error body is far below any allowed cap: written directly.
            await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [replacement] }, cancellationToken);
            return;
        }

        context.Response.ContentLength = buffer.Length;
        await buffer.DrainToAsync(context.Response.Body, cancellationToken);
    }

    /// <summary>Refusals keep the GraphQL response shape (an <c>errors</c> list, no <c>data</c>) so clients parse one format.</summary>
    public Task WriteProblemAsync(HttpContext context, GraphQLHttpProblem problem, string mediaType) =>
        WriteErrorAsync(context, problem.StatusCode, mediaType, new ExecutionError(problem.Message) { Code = problem.Code });

    public Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, ExecutionError error) =>
        WriteAsync(context, statusCode, mediaType, new ExecutionResult { Errors = [error] });

    [LoggerMessage(Level = LogLevel.Warning, Message = "A response exceeded GraphQL:Limits:MaxResponseBytes ({Max} bytes) and was replaced by RESPONSE_TOO_LARGE")]
    private static partial void LogTooLarge(ILogger logger, int max);

    [LoggerMessage(Level = LogLevel.Error, Message = "A response could not be serialized (too deep?) and was replaced by RESPONSE_TOO_DEEP")]
    private static partial void LogTooDeep(ILogger logger, Exception exception);
}
