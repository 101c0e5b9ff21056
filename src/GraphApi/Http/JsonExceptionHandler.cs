using System.Globalization;
using GraphApi.Execution.Errors;
using GraphApi.Storage;
using GraphQL.Execution;
using Microsoft.AspNetCore.Diagnostics;

namespace GraphApi.Http;

/// <summary>
/// Last line of defence for exceptions outside GraphQL execution (middleware, endpoint plumbing): the client
/// gets the same "Unexpected error." shape and trace id as a resolver failure, and no stack trace.
/// </summary>
internal sealed partial class JsonExceptionHandler(GraphQLResponseWriter writer, ILogger<JsonExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (StorageFailure.IsUnavailable(exception))
        {
            // A locked or full database is a condition to retry through, not a bug: 503 with a stable code.
            StorageFailureLogger.LogAnswered(logger, exception, httpContext.Request.Path, httpContext);
            if (httpContext.Response.HasStarted)
            {
                return false;
            }

            httpContext.Response.Headers.RetryAfter = StorageFailure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await writer.WriteErrorAsync(httpContext, StatusCodes.Status503ServiceUnavailable, GraphQLMediaTypes.Json,
                PinterestExceptionTranslator.ToExecutionError(exception)!);
            return true;
        }

        LogUnhandled(logger, exception, httpContext.Request.Path, TraceId.Current(httpContext));
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        await writer.WriteErrorAsync(httpContext, StatusCodes.Status500InternalServerError, GraphQLMediaTypes.Json,
            new UnhandledError("Unexpected error.", exception));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Path} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string traceId);
}
