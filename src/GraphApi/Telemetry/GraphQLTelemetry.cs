using System.Diagnostics;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Documents;
using GraphApi.Execution.Limits;
using GraphQL;
using T = GraphApi.Telemetry.GraphApiTelemetry.Tags;

namespace GraphApi.Telemetry;

/// <summary>
/// The operation span (one per GraphQL operation, a batch item included) and the request and error metrics, fed by the
/// endpoint from the same <see cref="OperationLogEntry"/> as the request log line. Tags are names, numbers and error
/// codes only: never the document text (its literals can be secrets), variables or error messages; the document is
/// identified by its SHA-256 (<c>sha256:…</c>, the trusted-documents id form), computed once per cached document and
/// only when the span is recorded.
/// </summary>
internal sealed class GraphQLTelemetry(GraphApiMetrics metrics)
{
    /// <summary>At most this many distinct codes in <c>graphql.error.codes</c>, like the log line.</summary>
    public const int MaxErrorCodes = GraphQLRequestLog.MaxErrorCodes;

    private const int MaxCodeLength = 64;

    public static Activity? StartOperation() => GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.Operation);

    public static Activity? StartParse() =>
        Activity.Current is null ? null : GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.Parse);

    /// <summary>Where the request's <see cref="RequestCost"/> stands before an operation, to tell whether it was analysed.</summary>
    public static int CostMark(Activity? operation, HttpContext context) =>
        operation is null ? 0 : context.RequestServices.GetService<RequestCost>()?.Operations ?? 0;

    /// <summary>Tags and ends nothing: the caller disposes <paramref name="operation"/>. Records the metrics whether or not it is traced.</summary>
    public void Record(Activity? operation, HttpContext context, in OperationLogEntry entry, int costMark, CachedDocument? document)
    {
        var type = GraphQLRequestLog.OperationType(entry.Document, entry.OperationName);
        var result = entry.Result;
        var errors = result?.Errors;
        var outcome = result is { Executed: true }
            ? (errors is { Count: > 0 } ? GraphApiMetrics.RequestOutcomes.Partial : GraphApiMetrics.RequestOutcomes.Ok)
            : GraphApiMetrics.RequestOutcomes.Refused;
        metrics.Request(type, outcome, Stopwatch.GetElapsedTime(entry.StartTimestamp, entry.EndTimestamp ?? Stopwatch.GetTimestamp()));
        if (errors is { Count: > 0 } && metrics.ErrorsEnabled)
        {
            foreach (var error in errors)
            {
                metrics.Error(SafeCode(error.Code));
            }
        }

        if (operation is null)
        {
            return;
        }

        var name = GraphQLRequestLog.SafeName(entry.Document, entry.OperationName);
        operation.DisplayName = name.StartsWith('(') ? type : type + " " + name;
        operation.SetTag(T.OperationType, type);
        if (!name.StartsWith('('))
        {
            operation.SetTag(T.OperationName, name);
        }

        if (document?.Id is { } id)
        {
            operation.SetTag(T.DocumentId, id);
        }

        operation.SetTag(T.DocumentCache, entry.Cache);
        if (entry.BatchItem != "-")
        {
            operation.SetTag(T.BatchItem, entry.BatchItem);
        }

        if (context.RequestServices.GetService<RequestCost>() is { } cost && cost.Operations > costMark)
        {
            operation.SetTag(T.CostUpstreamCalls, cost.LastOperationUpstreamCalls);
            operation.SetTag(T.CostWrites, cost.LastOperationWrites);
        }

        operation.SetTag(T.Outcome, outcome);
        operation.SetTag(T.ErrorCount, errors?.Count ?? 0);
        if (errors is { Count: > 0 })
        {
            var codes = ErrorCodes(errors);
            operation.SetTag(T.ErrorCodes, codes);

            // The codes, never a message: messages can quote arguments.
            operation.SetStatus(ActivityStatusCode.Error, codes);
        }
    }

    /// <summary>The document cache's verdict, on the parse span and in the cache metric ("off" counts nothing).</summary>
    public void DocumentChecked(Activity? parse, string cache)
    {
        parse?.SetTag(T.DocumentCache, cache);
        if (cache != CheckedDocument.CacheOff)
        {
            metrics.CacheLookup("document", cache == CheckedDocument.CacheHit);
        }
    }

    /// <summary>A request ended before any operation was read (401, 405, 406, 413, 415, a malformed body, an abort).</summary>
    public void NotExecuted(long startTimestamp) =>
        metrics.Request("none", GraphApiMetrics.RequestOutcomes.Refused, Stopwatch.GetElapsedTime(startTimestamp));

    // extensions.code values are the gateway's and GraphQL.NET's constants; anything else (there should be nothing) is
    // folded into one value so a series can never be keyed by text.
    internal static string SafeCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength)
        {
            return code is null ? "UNKNOWN" : "OTHER";
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return "OTHER";
            }
        }

        return code;
    }

    private static string ErrorCodes(ExecutionErrors errors)
    {
        var codes = new List<string>(Math.Min(errors.Count, MaxErrorCodes + 1));
        foreach (var error in errors)
        {
            var code = SafeCode(error.Code);
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
