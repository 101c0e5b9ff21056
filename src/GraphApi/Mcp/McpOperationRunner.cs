using System.Diagnostics;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Documents;
using GraphApi.Execution.Limits;
using GraphApi.Telemetry;
using GraphApi.Upstream.Quota;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Mcp;

/// <summary>
/// Runs a tool's operation the way <c>/graphql</c> runs a request (Http/GraphQLHttpEndpoint): the document gate
/// (cache, document limits), the same executer with the same validation rules (scopes, cost, quota, the caller's budget
/// of Pinterest calls) and execution limits, as the HTTP request's caller, its services and its cancellation; one log
/// line and one operation span. Not a side door: nothing here skips a rule.
/// </summary>
internal sealed class McpOperationRunner(
    IDocumentExecuter<ISchema> executer,
    GraphQLDocumentGate documentGate,
    GraphQLRequestLog requestLog,
    GraphQLTelemetry telemetry)
{
    public async Task<ExecutionResult> RunAsync(HttpContext context, string query, string? operationName, Inputs? variables, string logLabel)
    {
        var started = Stopwatch.GetTimestamp();
        var callsBefore = GraphQLRequestLog.UpstreamCalls(context);
        using var operation = GraphQLTelemetry.StartOperation();
        var costMark = GraphQLTelemetry.CostMark(operation, context);
        CheckedDocument checkedDocument;
        using (var parse = GraphQLTelemetry.StartParse())
        {
            checkedDocument = documentGate.Check(query);
            telemetry.DocumentChecked(parse, checkedDocument.Cache);
        }

        var result = checkedDocument.Refusal ?? await ExecuteAsync(context, query, operationName, variables, checkedDocument);
        var entry = new OperationLogEntry(started, callsBefore, checkedDocument.Document, operationName, result, checkedDocument.Cache, logLabel,
            Stopwatch.GetTimestamp(), GraphQLRequestLog.UpstreamCalls(context));
        requestLog.Operation(context, entry);
        telemetry.Record(operation, context, entry, costMark, checkedDocument.Entry);
        return result;
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, string query, string? operationName, Inputs? variables, CheckedDocument checkedDocument)
    {
        var costReport = CostReport.Begin(context);
        var quotaReport = QuotaReport.Begin(context);
        var options = new ExecutionOptions
        {
            Query = query,
            Document = checkedDocument.Document,
            OperationName = operationName,
            Variables = variables,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        };

        var entry = checkedDocument.Entry;
        if (entry?.IsValidated(operationName) == true)
        {
            ValidatedDocumentExecution.MarkValidated(options);
        }

        var result = await executer.ExecuteAsync(options);
        if (result.Executed)
        {
            entry?.MarkValidated(operationName);
        }

        costReport?.AddTo(result);
        quotaReport?.AddTo(result);
        return result;
    }
}
