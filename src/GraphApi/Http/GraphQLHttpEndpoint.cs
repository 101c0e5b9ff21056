using System.Diagnostics;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Documents;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Limits;
using GraphApi.Http.TrustedDocuments;
using GraphApi.Http.Uploads;
using GraphApi.Telemetry;
using GraphApi.Upstream.Quota;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (graphql.github.io/graphql-over-http). Written here because the
/// GraphQL.Server transport packages are not served by our package registry; the engine is GraphQL.NET core.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestBodyReader bodyReader,
    GraphQLRequestParser parser,
    GraphQLQueryStringParser queryStringParser,
    GraphQLResponseWriter writer,
    GraphQLDocumentGate documentGate,
    PersistedDocumentResolver documents,
    GraphQLRequestLog requestLog,
    GraphQLTelemetry telemetry,
    GraphQLMultipartReader multipartReader,
    IOptions<GraphQLUploadOptions> uploadOptions,
    ISchema schema)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var logged = false;
        try
        {
            logged = await HandleCoreAsync(context);
        }
        finally
        {
            // Refused before any operation, or ended by an exception (client gone, request timeout): still one line.
            if (!logged)
            {
                requestLog.NotExecuted(context, started);
                telemetry.NotExecuted(started);
            }
        }
    }

    /// <summary>True when the request reached its operations (each wrote its own log line).</summary>
    private async Task<bool> HandleCoreAsync(HttpContext context)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (!isGet && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await writer.WriteProblemAsync(context, new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"{context.Request.Method} is not supported: use POST, or GET for queries."), GraphQLMediaTypes.Json);
            return false;
        }

        // A browser opening the endpoint gets the IDE; GraphQL clients never send text/html without a query.
        if (isGet && !GraphQLQueryStringParser.NamesOperation(context.Request.Query) && AcceptsHtml(context.Request))
        {
            context.Response.Redirect(context.Request.PathBase + context.Request.Path.Value!.TrimEnd('/') + "/ui/");
            return false;
        }

        // CSRF: a multipart/form-data POST is a CORS "simple" request, which any web page can make a browser send
        // cross-site without a preflight. Authorization is not a safelisted header, so a request carrying it was
        // preflighted (and today it is the only way to authenticate). Without it, a custom header proves the same. This
        // runs before the caller is even looked at, so it keeps holding if ambient credentials (cookies, client
        // certificates) are ever accepted: a cross-site form then still cannot make the gateway do anything.
        if (!isGet && uploadOptions.Value is { Enabled: true, RequirePreflightHeader: true } &&
            GraphQLMultipartReader.IsMultipart(context.Request.ContentType) && !Preflighted(context.Request))
        {
            await writer.WriteProblemAsync(context, new(StatusCodes.Status400BadRequest, ErrorCodes.PreflightRequired,
                $"A multipart/form-data request needs an Authorization header or a \"{PreflightHeader}: 1\" header, which makes browsers send a CORS preflight first (CSRF protection)."),
                GraphQLMediaTypes.Json);
            return false;
        }

        // 401 before any GraphQL work: nothing is parsed or validated for an anonymous caller.
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return false;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            await writer.WriteProblemAsync(context, new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Accept allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}."), GraphQLMediaTypes.Json);
            return false;
        }

        var request = isGet
            ? queryStringParser.Parse(context.Request.Query)
            : await ReadPostAsync(context);
        if (request.Problem is not null)
        {
            await writer.WriteProblemAsync(context, request.Problem, mediaType);
            return false;
        }

        // Trusted documents: documentId / APQ hashes become query text (or a refusal) before anything reads the document.
        var resolved = documents.Resolve(request.Requests, context.User);
        if (request.IsBatch)
        {
            var results = new ExecutionResult[request.Requests.Count];
            var entries = new OperationLogEntry[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                var item = $"{i + 1}/{results.Length}";
                if (resolved[i].Refusal is { } refused)
                {
                    (results[i], entries[i]) = (refused, Entry(context, Stopwatch.GetTimestamp(), null, resolved[i].Request.OperationName, refused, "none", item));
                    using var refusedOperation = GraphQLTelemetry.StartOperation();
                    telemetry.Record(refusedOperation, context, entries[i], GraphQLTelemetry.CostMark(refusedOperation, context), null);
                }
                else
                {
                    (results[i], entries[i]) = await CheckAndExecuteAsync(context, resolved[i].Request, item, request.Uploads?.For(i));
                }
            }

            // The files are done with once the operations ran: deleted before the answer goes out.
            await DisposeUploadsAsync(request);
            SetRetryAfter(context, results);
            await writer.WriteAsync(context, StatusCodes.Status200OK, mediaType, results);
            foreach (var entry in entries)
            {
                requestLog.Operation(context, entry);
            }

            return true;
        }

        if (resolved[0].Refusal is { } refusal)
        {
            using var refusedOperation = GraphQLTelemetry.StartOperation();
            var entry = Entry(context, Stopwatch.GetTimestamp(), null, resolved[0].Request.OperationName, refusal, "none", "-");
            await DisposeUploadsAsync(request);
            await writer.WriteAsync(context, StatusFor(refusal, mediaType), mediaType, refusal);
            requestLog.Operation(context, entry);
            telemetry.Record(refusedOperation, context, entry, GraphQLTelemetry.CostMark(refusedOperation, context), null);
            return true;
        }

        return await ExecuteSingleAsync(context, resolved[0].Request, isGet, mediaType, request);
    }

    private static async Task DisposeUploadsAsync(GraphQLHttpRequest request)
    {
        if (request.Uploads is { } uploads)
        {
            await uploads.DisposeAsync();
        }
    }

    private static bool Preflighted(HttpRequest request) =>
        request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization) ||
        !string.IsNullOrWhiteSpace(request.Headers[PreflightHeader]) ||
        !string.IsNullOrWhiteSpace(request.Headers[ApolloPreflightHeader]);

    /// <summary>Hot Chocolate's name for the header; Apollo's (<c>Apollo-Require-Preflight</c>) is accepted too, as any custom header forces a preflight.</summary>
    private const string PreflightHeader = "GraphQL-Preflight";
    private const string ApolloPreflightHeader = "Apollo-Require-Preflight";

    private async Task<bool> ExecuteSingleAsync(HttpContext context, GraphQLRequest request, bool isGet, string mediaType, GraphQLHttpRequest httpRequest)
    {
        var started = Stopwatch.GetTimestamp();
        var callsBefore = GraphQLRequestLog.UpstreamCalls(context);
        using var operation = GraphQLTelemetry.StartOperation();
        var costMark = GraphQLTelemetry.CostMark(operation, context);

        // Parsed once (or found in the document cache), checked against the document limits before validation, and
        // handed to the executer.
        var checkedDocument = Check(request.Query!);
        var (document, refusal) = checkedDocument;
        if (isGet && refusal is null)
        {
            // GET must never change state: find the selected operation before execution (spec: 405 for a mutation).
            if (SelectsMutation(document!, request.OperationName))
            {
                context.Response.Headers.Allow = "POST";
                await writer.WriteProblemAsync(context, new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                    "Mutations are not allowed over GET: send them with POST."), mediaType);
                return false;
            }
        }

        var result = refusal ?? MisplacedUploads(document!, request, httpRequest.Uploads?.For(0)) ?? await ExecuteAsync(context, request, checkedDocument);
        await DisposeUploadsAsync(httpRequest);
        SetRetryAfter(context, [result]);
        await writer.WriteAsync(context, StatusFor(result, mediaType), mediaType, result);
        var entry = new OperationLogEntry(started, callsBefore, document, request.OperationName, result, checkedDocument.Cache, "-");
        requestLog.Operation(context, entry);
        telemetry.Record(operation, context, entry, costMark, checkedDocument.Entry);
        return true;
    }

    /// <summary>
    /// <c>Retry-After</c> for results refused with a wait (a rate limit): the longest one, so a batch's client waits
    /// long enough for every refused operation.
    /// </summary>
    private static void SetRetryAfter(HttpContext context, IEnumerable<ExecutionResult> results)
    {
        var longest = results
            .Where(r => !r.Executed)
            .SelectMany(r => r.Errors?.OfType<IHttpStatusError>() ?? [])
            .Select(e => e.RetryAfter)
            .Max();
        if (longest is { } wait)
        {
            context.Response.Headers.RetryAfter = IHttpStatusError.RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// A request error (parse, validation, variable coercion) means nothing ran: the spec wants 400 under the new
    /// media type and 200 under application/json for legacy clients. A request refused for its scopes (reject
    /// mode) is 403 under both: it is a permission answer, not a malformed request. Errors that carry their own
    /// status (<see cref="IHttpStatusError"/>: scope 403, cost 400, rate limit 429) decide it.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.OfType<IHttpStatusError>().FirstOrDefault() is { } decisive)
        {
            return decisive.StatusCode;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task<GraphQLHttpRequest> ReadPostAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (uploadOptions.Value.Enabled && GraphQLMultipartReader.IsMultipart(contentType))
        {
            return await multipartReader.ReadAsync(context);
        }

        if (!IsJsonContentType(contentType))
        {
            return GraphQLHttpRequest.Refused(new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                contentType is null
                    ? "The request has no Content-Type: send application/json."
                    : $"Content-Type '{contentType}' is not supported: send application/json (UTF-8)."));
        }

        var (body, problem) = await bodyReader.ReadAsync(context.Request, context.RequestAborted);
        return problem is not null ? GraphQLHttpRequest.Refused(problem) : parser.ParseBody(body);
    }

    /// <summary>A refusal when the map put a file where the operation's variable type is not Upload.</summary>
    private ExecutionResult? MisplacedUploads(GraphQLDocument document, GraphQLRequest request, IEnumerable<UploadPlacement>? placements) =>
        placements is not null && UploadVariableTypes.Check(schema, document, request.OperationName, placements) is { } error
            ? new ExecutionResult { Errors = [error] }
            : null;

    private async Task<(ExecutionResult, OperationLogEntry)> CheckAndExecuteAsync(HttpContext context, GraphQLRequest request, string batchItem,
        IEnumerable<UploadPlacement>? placements)
    {
        var started = Stopwatch.GetTimestamp();
        var callsBefore = GraphQLRequestLog.UpstreamCalls(context);
        using var operation = GraphQLTelemetry.StartOperation();
        var costMark = GraphQLTelemetry.CostMark(operation, context);
        var checkedDocument = Check(request.Query!);
        var result = checkedDocument.Refusal ?? MisplacedUploads(checkedDocument.Document!, request, placements) ?? await ExecuteAsync(context, request, checkedDocument);
        var entry = new OperationLogEntry(started, callsBefore, checkedDocument.Document, request.OperationName, result, checkedDocument.Cache, batchItem,
            Stopwatch.GetTimestamp(), GraphQLRequestLog.UpstreamCalls(context));
        telemetry.Record(operation, context, entry, costMark, checkedDocument.Entry);
        return (result, entry);
    }

    private CheckedDocument Check(string query)
    {
        using var parse = GraphQLTelemetry.StartParse();
        var checkedDocument = documentGate.Check(query);
        telemetry.DocumentChecked(parse, checkedDocument.Cache);
        return checkedDocument;
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, CheckedDocument checkedDocument)
    {
        var costReport = CostReport.Begin(context);
        var quotaReport = QuotaReport.Begin(context);
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = checkedDocument.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        };

        // GraphQL.NET's document rules passed for this text and operation before: only the caller-, variable- and
        // budget-dependent rules run again (variable coercion always does).
        var entry = checkedDocument.Entry;
        if (entry?.IsValidated(request.OperationName) == true)
        {
            ValidatedDocumentExecution.MarkValidated(options);
        }

        var result = await executer.ExecuteAsync(options);

        // Executed means every rule passed, the document rules included: remember that for the next request.
        if (result.Executed)
        {
            entry?.MarkValidated(request.OperationName);
        }

        costReport?.AddTo(result);
        quotaReport?.AddTo(result);
        return result;
    }

    // An operation refused before its document was read: no time or call of its own.
    private static OperationLogEntry Entry(HttpContext context, long started, GraphQLDocument? document, string? operationName,
        ExecutionResult result, string cache, string batchItem)
    {
        var calls = GraphQLRequestLog.UpstreamCalls(context);
        return new(started, calls, document, operationName, result, cache, batchItem, started, calls);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) &&
        accepted.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    private static bool IsJsonContentType(string? contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset.Value;
        return string.Equals(parsed.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase) &&
               (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static bool SelectsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }
}
