using System.Diagnostics;
using GraphApi.Execution.Errors;
using GraphApi.Upstream;
using GraphQL;
using GraphQLParser.AST;

namespace GraphApi.Telemetry;

/// <summary>
/// One structured Information line per GraphQL request, i.e. per operation: a batch of three writes three lines
/// with the same trace id and their item numbers. A request refused before any operation was read (401, 405, 406,
/// 413, 415, a malformed body), or ended by an exception before its lines were written, gets one line with its status. The line never carries the document text, variables,
/// the operation name as sent when it is not a GraphQL name, tokens or headers: only names, numbers and error codes.
/// </summary>
internal sealed partial class GraphQLRequestLog(ILogger<GraphQLRequestLog> logger)
{
    /// <summary>At most this many distinct error codes are listed; more end the list with "...".</summary>
    public const int MaxErrorCodes = 10;

    private const int MaxOperationNameLength = 128;

    public bool IsEnabled => logger.IsEnabled(LogLevel.Information);

    /// <summary>Upstream calls this HTTP request made so far (each attempt and token refresh counts).</summary>
    public static int UpstreamCalls(HttpContext context) =>
        context.RequestServices.GetService<RequestUpstreamGate>()?.CallsStarted ?? 0;

    /// <summary>After the response is written: its status is the one sent (the writer may replace an oversized answer).</summary>
    public void Operation(HttpContext context, in OperationLogEntry entry)
    {
        if (!IsEnabled)
        {
            return;
        }

        LogOperation(logger,
            OperationType(entry.Document, entry.OperationName),
            SafeName(entry.Document, entry.OperationName),
            context.Response.StatusCode,
            Stopwatch.GetElapsedTime(entry.StartTimestamp, entry.EndTimestamp ?? Stopwatch.GetTimestamp()).TotalMilliseconds,
            (entry.UpstreamCallsAfter ?? UpstreamCalls(context)) - entry.UpstreamCallsBefore,
            ErrorCodes(entry.Result),
            entry.Cache,
            entry.BatchItem,
            TraceId.Current(context));
    }

    public void NotExecuted(HttpContext context, long startTimestamp)
    {
        if (IsEnabled)
        {
            LogNotExecuted(logger, context.Request.Method, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds, TraceId.Current(context));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} answered {StatusCode} in {ElapsedMs:0.000} ms with {UpstreamCalls} upstream calls, errors [{ErrorCodes}], document cache {DocumentCache}, batch item {BatchItem}, trace {TraceId}")]
    private static partial void LogOperation(ILogger logger, string operationType, string operationName, int statusCode, double elapsedMs,
        int upstreamCalls, string errorCodes, string documentCache, string batchItem, string traceId);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestNotRead", Level = LogLevel.Information,
        Message = "GraphQL {Method} request ended with {StatusCode} in {ElapsedMs:0.000} ms before any operation finished, trace {TraceId}")]
    private static partial void LogNotExecuted(ILogger logger, string method, int statusCode, double elapsedMs, string traceId);

    private static GraphQLOperationDefinition? Selected(GraphQLDocument? document, string? operationName)
    {
        if (document is null)
        {
            return null;
        }

        GraphQLOperationDefinition? only = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                if (operationName is not null && operation.Name?.StringValue == operationName)
                {
                    return operation;
                }

                only = operation;
                count++;
            }
        }

        return operationName is null && count == 1 ? only : null;
    }

    internal static string OperationType(GraphQLDocument? document, string? operationName) =>
        Selected(document, operationName)?.Operation switch
        {
            GraphQLParser.AST.OperationType.Query => "query",
            GraphQLParser.AST.OperationType.Mutation => "mutation",
            GraphQLParser.AST.OperationType.Subscription => "subscription",
            _ => "unknown",
        };

    // The name as the document defines it; a requested name that is not a GraphQL name (it can be any JSON string) is
    // not written, so nothing a caller sends reaches the log verbatim except a valid name that is at most 128 characters.
    internal static string SafeName(GraphQLDocument? document, string? operationName)
    {
        if (operationName is null)
        {
            return Selected(document, null)?.Name?.StringValue is { } defined ? defined : "(anonymous)";
        }

        return IsGraphQLName(operationName) ? operationName : "(invalid name)";
    }

    private static bool IsGraphQLName(string name)
    {
        if (name.Length is 0 or > MaxOperationNameLength || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string ErrorCodes(ExecutionResult? result)
    {
        if (result?.Errors is not { Count: > 0 } errors)
        {
            return "";
        }

        var codes = new List<string>(Math.Min(errors.Count, MaxErrorCodes));
        foreach (var error in errors)
        {
            var code = error.Code ?? "UNKNOWN";
            if (codes.Contains(code))
            {
                continue;
            }

            if (codes.Count == MaxErrorCodes)
            {
                codes.Add("...");
                break;
            }

            codes.Add(code);
        }

        return string.Join(',', codes);
    }
}

/// <summary>
/// What the request line needs from one operation, gathered by the endpoint as it runs it. A batch item sets its end
/// (time and call count) when it finishes, since its line is written after the whole batch; a single request leaves
/// them null and is measured up to its line.
/// </summary>
internal readonly record struct OperationLogEntry(
    long StartTimestamp,
    int UpstreamCallsBefore,
    GraphQLDocument? Document,
    string? OperationName,
    ExecutionResult? Result,
    string Cache,
    string BatchItem,
    long? EndTimestamp = null,
    int? UpstreamCallsAfter = null);
