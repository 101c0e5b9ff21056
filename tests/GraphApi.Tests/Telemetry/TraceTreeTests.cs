using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Telemetry;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Telemetry;

/// <summary>One request, followed from the GraphQL operation to each Pinterest call in the exported spans.</summary>
public sealed class TraceTreeTests : IAsyncLifetime, IDisposable
{
    private const string Dashboard = """
        query Dashboard {
          me {
            username
            boards(first: 25) {
              nodes {
                id name pinCount
                pins(first: 10) {
                  nodes { id title image { url } analytics { summary { metric value } } }
                }
              }
            }
          }
        }
        """;

    private readonly TracedSandbox _sandbox = new();

    public Task InitializeAsync() => _sandbox.Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task The_dashboard_is_one_tree_from_the_http_request_to_each_pinterest_call_and_the_log_line_names_its_trace()
    {
        _sandbox.Factory.Counters.Reset();
        var (traceParent, traceId) = TracedSandbox.NewTraceParent();

        var body = await QueryAsync(SandboxDemoUsers.Pinner, Dashboard, traceParent);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var spans = await _sandbox.TraceAsync(traceId);
        var byId = spans.ToDictionary(s => s.SpanId);
        var server = spans.Single(s => s.Kind == ActivityKind.Server);
        server.GetTagItem("url.path").ShouldBe("/graphql");
        var operation = spans.Single(s => s.OperationName == GraphApiTelemetry.Spans.Operation);
        operation.ParentSpanId.ShouldBe(server.SpanId);
        operation.DisplayName.ShouldBe("query Dashboard");
        operation.GetTagItem("graphql.operation.type").ShouldBe("query");
        operation.GetTagItem("graphql.operation.name").ShouldBe("Dashboard");
        operation.GetTagItem("graphql.document.id").ShouldBe("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Dashboard))));
        operation.GetTagItem("graphql.errors.count").ShouldBe(0);
        ((int)operation.GetTagItem("graphapi.cost.upstream_calls")!).ShouldBeGreaterThan(0);
        operation.Status.ShouldBe(ActivityStatusCode.Unset);

        // parse, validate and execute are the operation's children; every loader batch and Pinterest call is under execute.
        var execute = spans.Single(s => s.OperationName == GraphApiTelemetry.Spans.Execute);
        foreach (var child in new[] { GraphApiTelemetry.Spans.Parse, GraphApiTelemetry.Spans.Validate, GraphApiTelemetry.Spans.Execute })
        {
            spans.Single(s => s.OperationName == child).ParentSpanId.ShouldBe(operation.SpanId);
        }

        spans.Single(s => s.OperationName == GraphApiTelemetry.Spans.Validate).GetTagItem("graphql.validation.errors").ShouldBe(0);
        var batches = spans.Where(s => s.OperationName == GraphApiTelemetry.Spans.LoaderBatch).ToList();
        batches.ShouldNotBeEmpty();
        batches.ShouldAllBe(b => Ancestors(b, byId).Contains(execute.SpanId));
        var analytics = batches.Single(b => (string)b.GetTagItem("graphapi.dataloader.name")! == "PinAnalyticsDataLoader");
        analytics.DisplayName.ShouldBe("dataloader PinAnalyticsDataLoader");
        ((int)analytics.GetTagItem("graphapi.dataloader.batch_size")!).ShouldBeGreaterThan(1);

        // One client span per call the sandbox counted, by operationId, each 200 with Pinterest's request id.
        var calls = spans.Where(s => s.OperationName == GraphApiTelemetry.Spans.PinterestCall).ToList();
        var counted = _sandbox.Factory.Counters.Snapshot();
        calls.Count.ShouldBe((int)counted.Values.Sum());
        var traced = calls.GroupBy(c => (string)c.GetTagItem("pinterest.operation_id")!).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal).ToList();
        traced.ShouldBe(counted.Where(c => c.Value > 0).Select(c => $"{c.Key}={c.Value}").Order(StringComparer.Ordinal).ToList());
        calls.ShouldAllBe(c => c.Kind == ActivityKind.Client && Ancestors(c, byId).Contains(execute.SpanId));
        calls.ShouldAllBe(c => (int)c.GetTagItem("http.response.status_code")! == 200);
        calls.ShouldAllBe(c => !string.IsNullOrEmpty((string?)c.GetTagItem("pinterest.request_id")));
        calls.ShouldAllBe(c => c.DisplayName == "pinterest " + (string)c.GetTagItem("pinterest.operation_id")!);
        calls.Single(c => (string)c.GetTagItem("pinterest.operation_id")! == "multi_pins/analytics").ParentSpanId.ShouldBe(analytics.SpanId);
        calls.Where(c => (string)c.GetTagItem("pinterest.operation_id")! == "boards/list_pins")
            .ShouldAllBe(c => (string)c.GetTagItem("url.template")! == "/boards/{board_id}/pins");

        // No span of the mounted sandbox's own routes, and no duplicate HttpClient span per call.
        spans.Where(s => s.Kind == ActivityKind.Server).ShouldHaveSingleItem();
        spans.Count(s => s.Kind == ActivityKind.Client).ShouldBe(calls.Count);

        // The request's log line (and its scope) carry the same trace id.
        var line = _sandbox.Logs.Lines.Single(l => l.Category.EndsWith("GraphQLRequestLog", StringComparison.Ordinal) && l.Message.Contains("Dashboard", StringComparison.Ordinal));
        line.Message.ShouldContain("trace " + traceId.ToHexString());
        line.Scope["TraceId"].ShouldBe(traceId.ToHexString());
        line.Scope["SpanId"].ShouldBe(operation.SpanId.ToHexString());
    }

    [Fact]
    public async Task A_missing_pin_shows_its_404_on_the_call_span_and_its_code_on_the_operation_span_and_in_the_metrics()
    {
        var (traceParent, traceId) = TracedSandbox.NewTraceParent();

        var body = await QueryAsync(SandboxDemoUsers.Pinner, """query Missing { pin(id: "1") { title } }""", traceParent);

        body.FirstErrorCode().ShouldBe("NOT_FOUND");
        var spans = await _sandbox.TraceAsync(traceId);
        var operation = spans.Single(s => s.OperationName == GraphApiTelemetry.Spans.Operation);
        operation.GetTagItem("graphql.error.codes").ShouldBe("NOT_FOUND");
        operation.GetTagItem("graphapi.outcome").ShouldBe("partial");
        operation.Status.ShouldBe(ActivityStatusCode.Error);
        operation.StatusDescription.ShouldBe("NOT_FOUND");
        var call = spans.Single(s => s.OperationName == GraphApiTelemetry.Spans.PinterestCall);
        call.GetTagItem("pinterest.operation_id").ShouldBe("pins/get");
        call.GetTagItem("http.response.status_code").ShouldBe(404);
        call.GetTagItem("error.type").ShouldBe("404");
        call.Status.ShouldBe(ActivityStatusCode.Error);
        _sandbox.Sum("graphapi.graphql.errors", ("graphql.error.code", "NOT_FOUND")).ShouldBeGreaterThanOrEqualTo(1);
        _sandbox.Sum("graphapi.upstream.calls", ("pinterest.operation_id", "pins/get"), ("http.response.status_class", "4xx")).ShouldBe(1);
        _sandbox.Sum("graphapi.graphql.requests", ("graphql.operation.type", "query"), ("graphapi.outcome", "partial")).ShouldBe(1);
    }

    [Fact]
    public async Task Metrics_count_requests_by_outcome_cache_hits_and_rate_limit_rejections_with_no_caller_data_in_their_tags()
    {
        const string Query = "query Me { me { username } }";
        await QueryAsync(SandboxDemoUsers.Pinner, Query);
        await QueryAsync(SandboxDemoUsers.Pinner, Query);
        await QueryAsync(SandboxDemoUsers.Pinner, "{ nope }");

        // Pinterest answers 429 after one call in the window: counted as a Pinterest rate-limit rejection.
        var faults = _sandbox.Factory.Services.GetRequiredService<ISandboxFaults>();
        faults.Apply(new SandboxFaultSettings { RateLimit = 1, OperationIds = ["user_account/get"] });
        try
        {
            var (traceParent, traceId) = TracedSandbox.NewTraceParent();
            await QueryAsync(SandboxDemoUsers.Business, Query);
            (await QueryAsync(SandboxDemoUsers.Business, Query, traceParent)).FirstErrorCode().ShouldBe("RATE_LIMITED");
            var limited = (await _sandbox.TraceAsync(traceId)).Single(s => s.OperationName == GraphApiTelemetry.Spans.PinterestCall);
            limited.GetTagItem("http.response.status_code").ShouldBe(429);
            limited.GetTagItem("pinterest.ratelimit.remaining").ShouldBe(0);
        }
        finally
        {
            faults.Clear();
        }

        _sandbox.Sum("graphapi.graphql.requests", ("graphql.operation.type", "query"), ("graphapi.outcome", "ok")).ShouldBe(3);
        _sandbox.Sum("graphapi.graphql.requests", ("graphapi.outcome", "refused")).ShouldBe(1);
        _sandbox.Sum("graphapi.graphql.errors", ("graphql.error.code", "FIELDS_ON_CORRECT_TYPE")).ShouldBe(1);
        _sandbox.Sum("graphapi.cache.lookups", ("graphapi.cache", "document"), ("graphapi.cache.result", "hit")).ShouldBeGreaterThanOrEqualTo(2);
        _sandbox.Sum("graphapi.cache.lookups", ("graphapi.cache", "document"), ("graphapi.cache.result", "miss")).ShouldBe(2);
        _sandbox.Sum("graphapi.cache.lookups", ("graphapi.cache", "connection")).ShouldBeGreaterThanOrEqualTo(4);
        _sandbox.Sum("graphapi.upstream.calls", ("pinterest.operation_id", "user_account/get"), ("http.response.status_class", "2xx")).ShouldBe(3);
        _sandbox.Sum("graphapi.rate_limit.rejections", ("graphapi.rate_limit.kind", "pinterest")).ShouldBe(1);

        // Bounded tags: only the documented keys, and no value that is a user, a token or a path.
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "graphql.operation.type", "graphapi.outcome", "graphql.error.code", "pinterest.operation_id", "http.response.status_class",
            "error.type", "graphapi.rate_limit.kind", "graphapi.cache", "graphapi.cache.result",
        };
        foreach (var instrument in new[] { "graphapi.graphql.requests", "graphapi.graphql.errors", "graphapi.upstream.calls", "graphapi.cache.lookups", "graphapi.rate_limit.rejections" })
        {
            foreach (var tags in _sandbox.TagsOf(instrument))
            {
                tags.ShouldAllBe(t => allowed.Contains(t.Key));
                tags.ShouldAllBe(t => !(Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "").Contains("demo.", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task A_batch_traces_one_operation_span_per_item_under_one_server_span()
    {
        var (traceParent, traceId) = TracedSandbox.NewTraceParent();
        using var client = _sandbox.CreateClientFor(SandboxDemoUsers.Pinner);
        using var request = GraphQLHttp.Post("""[{"query":"query A { me { username } }"},{"query":"query B { gateway { version } }"},{"documentId":"sha256:00"}]""");
        request.Headers.Add("traceparent", traceParent);

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var operations = (await _sandbox.TraceAsync(traceId)).Where(s => s.OperationName == GraphApiTelemetry.Spans.Operation).ToList();
        operations.Select(o => o.DisplayName).ShouldBe(["query A", "query B", "unknown"], ignoreOrder: true);
        operations.Select(o => o.GetTagItem("graphapi.batch_item")).ShouldBe(["1/3", "2/3", "3/3"], ignoreOrder: true);
        operations.Select(o => o.ParentSpanId).Distinct().ShouldHaveSingleItem();
    }

    private static HashSet<ActivitySpanId> Ancestors(Activity span, Dictionary<ActivitySpanId, Activity> byId)
    {
        var result = new HashSet<ActivitySpanId>();
        var parent = span.ParentSpanId;
        while (byId.TryGetValue(parent, out var next))
        {
            result.Add(parent);
            parent = next.ParentSpanId;
        }

        return result;
    }

    private async Task<System.Text.Json.JsonElement> QueryAsync(string user, string query, string? traceParent = null)
    {
        using var client = _sandbox.CreateClientFor(user);
        using var request = GraphQLHttp.PostQuery(query);
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }

        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }
}
