using System.Diagnostics;

namespace GraphApi.Telemetry;

/// <summary>
/// The gateway's one <see cref="ActivitySource"/> and the names of its spans, its <see cref="System.Diagnostics.Metrics.Meter"/>
/// (<see cref="GraphApiMetrics"/>) and their tags: every name an operator may query lives here (docs/observability.md).
/// With no listener (no exporter configured) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns
/// null and callers build no tags.
/// </summary>
internal static class GraphApiTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "GraphApi";

    public static readonly ActivitySource Source = new(Name, typeof(GraphApiTelemetry).Assembly.GetName().Version?.ToString());

    public static class Spans
    {
        /// <summary>Renamed to "{type} {name}" (e.g. "query Dashboard") once the document is read.</summary>
        public const string Operation = "graphql.operation";
        public const string Parse = "graphql.parse";
        public const string Validate = "graphql.validate";
        public const string Execute = "graphql.execute";

        /// <summary>Renamed to "dataloader {Loader}".</summary>
        public const string LoaderBatch = "dataloader.batch";

        /// <summary>Renamed to "pinterest {operationId}".</summary>
        public const string PinterestCall = "pinterest.call";

        /// <summary>One shared token-refresh attempt (its own trace, linked to the request that started it).</summary>
        public const string TokenRefresh = "graphapi.token.refresh";
    }

    public static class Events
    {
        /// <summary>On the span of the request that started a refresh attempt.</summary>
        public const string TokenRefreshStarted = "graphapi.token.refresh.started";

        /// <summary>On the span of every caller once its refresh is answered (started, joined or cool-down), with the outcome.</summary>
        public const string TokenRefreshAnswered = "graphapi.token.refresh.answered";
    }

    public static class Tags
    {
        public const string OperationType = "graphql.operation.type";
        public const string OperationName = "graphql.operation.name";
        public const string DocumentId = "graphql.document.id";
        public const string DocumentCache = "graphapi.document_cache";
        public const string CostUpstreamCalls = "graphapi.cost.upstream_calls";
        public const string CostWrites = "graphapi.cost.writes";
        public const string ErrorCount = "graphql.errors.count";
        public const string ErrorCodes = "graphql.error.codes";
        public const string ErrorCode = "graphql.error.code";
        public const string BatchItem = "graphapi.batch_item";
        public const string Outcome = "graphapi.outcome";
        public const string ValidationErrors = "graphql.validation.errors";
        public const string LoaderName = "graphapi.dataloader.name";
        public const string LoaderBatchSize = "graphapi.dataloader.batch_size";
        public const string PinterestOperationId = "pinterest.operation_id";
        public const string PinterestRateLimitCategory = "pinterest.ratelimit.category";
        public const string PinterestRequestId = "pinterest.request_id";
        public const string PinterestRateLimitRemaining = "pinterest.ratelimit.remaining";
        public const string HttpMethod = "http.request.method";
        public const string HttpStatusCode = "http.response.status_code";
        public const string HttpStatusClass = "http.response.status_class";
        public const string UrlTemplate = "url.template";
        public const string ServerAddress = "server.address";
        public const string ErrorType = "error.type";
        public const string RateLimitKind = "graphapi.rate_limit.kind";
        public const string Cache = "graphapi.cache";
        public const string CacheResult = "graphapi.cache.result";

        /// <summary>On a refresh event: the trace id of the attempt's <c>graphapi.token.refresh</c> span.</summary>
        public const string RefreshTraceId = "graphapi.token.refresh.trace_id";
    }
}
