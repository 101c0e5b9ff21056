using GraphQL.Execution;

namespace GraphApi.Execution.Errors;

/// <summary>Logs every exception a resolver did not map, once, with the trace id the client sees.</summary>
internal static partial class UnhandledExceptionLogger
{
    public static Task LogAsync(UnhandledExceptionContext context, ILogger logger, HttpContext? httpContext)
    {
        LogUnhandled(logger, context.Exception, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)",
            TraceId.Current(httpContext));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while resolving {Path} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string traceId);
}
