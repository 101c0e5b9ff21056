using System.Diagnostics.Metrics;
using T = GraphApi.Telemetry.GraphApiTelemetry.Tags;

namespace GraphApi.Telemetry;

/// <summary>
/// The gateway's instruments, on a Meter from the host's <see cref="IMeterFactory"/> (one per service provider, so test
/// hosts running side by side do not share counts). Every tag value comes from a small fixed set (operation types,
/// outcomes, error codes, Pinterest operationIds, status classes): no user id, path, id or caller text, so the number of
/// series stays bounded whatever callers send. With no listener an <c>Add</c> is one field read.
/// </summary>
internal sealed class GraphApiMetrics
{
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _upstreamCalls;
    private readonly Histogram<double> _upstreamDuration;
    private readonly Counter<long> _tokenRefreshes;
    private readonly Counter<long> _rateLimitRejections;
    private readonly Counter<long> _cacheLookups;

    public GraphApiMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(GraphApiTelemetry.Name);
        _requests = meter.CreateCounter<long>("graphapi.graphql.requests", "{operation}",
            "GraphQL operations answered, by operation type and outcome (ok, partial, refused).");
        _requestDuration = meter.CreateHistogram<double>("graphapi.graphql.request.duration", "s",
            "Time from reading an operation's document to its result.");
        _errors = meter.CreateCounter<long>("graphapi.graphql.errors", "{error}",
            "GraphQL errors in responses, by extensions.code.");
        _upstreamCalls = meter.CreateCounter<long>("graphapi.upstream.calls", "{call}",
            "Pinterest calls (each attempt), by operationId and status class.");
        _upstreamDuration = meter.CreateHistogram<double>("graphapi.upstream.call.duration", "s",
            "Duration of each Pinterest call, by operationId and status class.");
        _tokenRefreshes = meter.CreateCounter<long>("graphapi.token.refreshes", "{refresh}",
            "Pinterest token refresh calls, by outcome (success, rejected, failed).");
        _rateLimitRejections = meter.CreateCounter<long>("graphapi.rate_limit.rejections", "{rejection}",
            "Requests refused for a rate limit: caller_rate, upstream_budget, quota (fail fast: the estimate exceeds the quota Pinterest reported), refresh_cooldown (a token refresh failed moments ago), or pinterest (a 429 from Pinterest).");
        _cacheLookups = meter.CreateCounter<long>("graphapi.cache.lookups", "{lookup}",
            "Document and connection cache lookups, by cache and result (hit, miss).");
    }

    public void Request(string operationType, string outcome, TimeSpan elapsed)
    {
        var type = new KeyValuePair<string, object?>(T.OperationType, operationType);
        var result = new KeyValuePair<string, object?>(T.Outcome, outcome);
        _requests.Add(1, type, result);
        if (_requestDuration.Enabled)
        {
            _requestDuration.Record(elapsed.TotalSeconds, type, result);
        }
    }

    public bool ErrorsEnabled => _errors.Enabled;

    public void Error(string code) => _errors.Add(1, new KeyValuePair<string, object?>(T.ErrorCode, code));

    public void UpstreamCall(string operationId, string statusClass, string? errorType, TimeSpan elapsed)
    {
        var operation = new KeyValuePair<string, object?>(T.PinterestOperationId, operationId);
        var status = new KeyValuePair<string, object?>(T.HttpStatusClass, statusClass);
        var error = new KeyValuePair<string, object?>(T.ErrorType, errorType);
        if (errorType is null)
        {
            _upstreamCalls.Add(1, operation, status);
            _upstreamDuration.Record(elapsed.TotalSeconds, operation, status);
        }
        else
        {
            _upstreamCalls.Add(1, operation, status, error);
            _upstreamDuration.Record(elapsed.TotalSeconds, operation, status, error);
        }
    }

    public bool UpstreamEnabled => _upstreamCalls.Enabled || _upstreamDuration.Enabled;

    public void TokenRefresh(string outcome) => _tokenRefreshes.Add(1, new KeyValuePair<string, object?>(T.Outcome, outcome));

    public void RateLimitRejected(string kind) => _rateLimitRejections.Add(1, new KeyValuePair<string, object?>(T.RateLimitKind, kind));

    public void CacheLookup(string cache, bool hit) => _cacheLookups.Add(1,
        new KeyValuePair<string, object?>(T.Cache, cache),
        new KeyValuePair<string, object?>(T.CacheResult, hit ? "hit" : "miss"));

    public static class RateLimitKinds
    {
        public const string CallerRate = "caller_rate";
        public const string UpstreamBudget = "upstream_budget";
        public const string Pinterest = "pinterest";
        public const string Quota = "quota";
        public const string RefreshCooldown = "refresh_cooldown";
    }

    /// <summary>A GraphQL operation's outcome (<c>graphapi.graphql.requests</c>, the operation span).</summary>
    public static class RequestOutcomes
    {
        public const string Ok = "ok";
        public const string Partial = "partial";
        public const string Refused = "refused";
    }

    /// <summary>
    /// A token refresh's outcome. The token call (<c>graphapi.token.refreshes</c>): success, rejected or failed. The
    /// shared attempt (<c>graphapi.token.refresh</c> span) and each caller's event: success, rejected (the connection
    /// needs a new consent), unavailable (the token endpoint failed: cool-down), error (anything else, e.g. not
    /// connected); a caller answered from the cool-down without an attempt: cooldown.
    /// </summary>
    public static class RefreshOutcomes
    {
        public const string Success = "success";
        public const string Rejected = "rejected";
        public const string Failed = "failed";
        public const string Unavailable = "unavailable";
        public const string CoolDown = "cooldown";
        public const string Error = "error";
    }
}
