using GraphApi.Storage;
namespace GraphApi.Execution.Errors;

/// <summary>
/// A storage failure answered as STORAGE_UNAVAILABLE is expected under a locked or full database, so it is not an
/// "Unhandled exception" (Error): one Warning line per failure, with the SQLite code and no message or data.
/// </summary>
internal static partial class StorageFailureLogger
{
    public static void LogAnswered(ILogger logger, Exception exception, string where, HttpContext? httpContext) =>
        LogUnavailable(logger, where, StorageFailure.Describe(exception), TraceId.Current(httpContext));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while handling {Where} ({Failure}): answered STORAGE_UNAVAILABLE (trace {TraceId})")]
    private static partial void LogUnavailable(ILogger logger, string where, string failure, string traceId);
}
