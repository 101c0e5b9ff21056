using System.Diagnostics;
using GraphApi.Telemetry;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Telemetry;

/// <summary>
/// A caller's trace headers are untrusted input: its baggage reaches no span, no log line and no Pinterest call; its
/// traceparent is honoured (the default) or ignored (<c>OpenTelemetry:HonorCallerTraceParent=false</c>); Pinterest
/// calls carry no trace headers at all.
/// </summary>
public sealed class CallerTraceContextTests
{
    private const string Baggage = "tenant=evil-baggage-tenant,note=evil-baggage-note";
    private const string TraceState = "vendor=evil-trace-state";

    [Fact]
    public async Task Caller_baggage_reaches_no_span_log_line_or_pinterest_call_and_its_traceparent_is_honoured_by_default()
    {
        using var sandbox = new TracedSandbox();
        await sandbox.Factory.ConnectDemoUsersAsync();
        var (header, traceId) = TracedSandbox.NewTraceParent();

        var body = await QueryAsync(sandbox, header);

        body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
        var spans = await sandbox.TraceAsync(traceId);
        spans.ShouldContain(s => s.Kind == ActivityKind.Server, "the caller's trace continues through the gateway");
        spans.ShouldContain(s => s.DisplayName == "pinterest user_account/get");
        spans.ShouldAllBe(s => !s.Baggage.Any());

        // The Pinterest call as the (mounted) sandbox received it: no baggage, no trace context of ours or the caller's.
        var upstream = sandbox.Received.Where(r => r.Path.Contains("user_account", StringComparison.Ordinal)).ToList();
        upstream.ShouldNotBeEmpty();
        upstream.ShouldAllBe(r => r.Baggage == null && r.TraceParent == null && r.TraceState == null);
        sandbox.Received.ShouldContain(r => r.Baggage == Baggage, "the caller did send it");
        foreach (var line in sandbox.Logs.Lines)
        {
            line.AllText.ShouldNotContain("evil-baggage");
        }
    }

    [Fact]
    public async Task With_HonorCallerTraceParent_off_a_request_starts_its_own_trace()
    {
        using var sandbox = new TracedSandbox(("OpenTelemetry:HonorCallerTraceParent", "false"));
        await sandbox.Factory.ConnectDemoUsersAsync();
        var (header, traceId) = TracedSandbox.NewTraceParent();

        // A name of its own: span listeners are process-wide, so other hosts' /graphql server spans arrive here too.
        var operation = "Own" + Guid.NewGuid().ToString("N");
        (await QueryAsync(sandbox, header, operation)).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");

        // Bounded wait for the request's own server span (the parent of its operation span), then nothing carries the
        // caller's trace id.
        Activity? server = null;
        for (var i = 0; i < 200 && server is null; i++)
        {
            lock (sandbox.Spans)
            {
                var own = sandbox.Spans.FirstOrDefault(s => (string?)s.GetTagItem(GraphApiTelemetry.Tags.OperationName) == operation);
                server = own is null ? null : sandbox.Spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && s.SpanId == own.ParentSpanId);
            }

            if (server is null)
            {
                await Task.Delay(50);
            }
        }

        server.ShouldNotBeNull();
        server.TraceId.ShouldNotBe(traceId);
        server.ParentSpanId.ShouldBe(default);
        sandbox.SpansOf(traceId).ShouldBeEmpty();
    }

    private static async Task<System.Text.Json.JsonElement> QueryAsync(TracedSandbox sandbox, string traceParent, string operation = "Me")
    {
        using var client = sandbox.CreateClientFor("demo.pinner");
        using var request = GraphQLHttp.PostQuery($"query {operation} {{ me {{ username }} }}");
        request.Headers.Add("traceparent", traceParent);
        request.Headers.Add("tracestate", TraceState);
        request.Headers.Add("baggage", Baggage);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }
}
