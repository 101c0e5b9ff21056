using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Telemetry;
using GraphApi.Tests.Accounts.Links.Durability;
using GraphApi.Tests.Http.RateLimiting;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Telemetry;

/// <summary>
/// A token refresh is followed from the request that needed it: its shared attempt is a <c>graphapi.token.refresh</c>
/// span (own trace, linked to the request) holding the token call and the refresh log line; callers get an event with
/// the outcome; cool-down answers and quota refusals are counted as rate-limit rejections.
/// </summary>
public sealed class TokenRefreshTraceTests : IAsyncLifetime, IDisposable
{
    // Fail fast on (RelaxedLimits turns it off): the quota test needs it; the others stay far from any quota.
    private readonly TracedSandbox _sandbox = new(("Quota:FailFast", "true"));

    public Task InitializeAsync() => _sandbox.Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task A_request_with_an_expired_token_links_to_a_refresh_span_that_holds_the_token_call_and_the_log_line()
    {
        var before = await _sandbox.Factory.FindAsync(SandboxDemoUsers.Pinner);
        await _sandbox.Factory.ExpireAccessTokenAsync(SandboxDemoUsers.Pinner);
        var (header, traceId) = TracedSandbox.NewTraceParent();

        var body = await QueryAsync(SandboxDemoUsers.Pinner, header);

        body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
        var request = await _sandbox.TraceAsync(traceId);
        var refresh = await EventuallyAsync(() => Spans().SingleOrDefault(s =>
            s.OperationName == GraphApiTelemetry.Spans.TokenRefresh && s.Links.Any(l => l.Context.TraceId == traceId)));

        // Its own trace (a root), linked to the request's span that started it, tagged with the outcome.
        refresh.TraceId.ShouldNotBe(traceId);
        refresh.ParentSpanId.ShouldBe(default);
        var link = refresh.Links.Single();
        request.ShouldContain(s => s.SpanId == link.Context.SpanId);
        refresh.GetTagItem(GraphApiTelemetry.Tags.Outcome).ShouldBe("success");

        // The token call is its child; the refresh log line carries its trace id.
        var tokenCall = _sandbox.SpansOf(refresh.TraceId).Single(s => s.DisplayName == "pinterest oauth/token");
        tokenCall.ParentSpanId.ShouldBe(refresh.SpanId);
        _sandbox.Logs.Lines.ShouldContain(l => l.Message.Contains("Refreshed Pinterest tokens", StringComparison.Ordinal)
                                               && l.Scope.GetValueOrDefault("TraceId") == refresh.TraceId.ToHexString());

        // The request's span that started it has the start event and the answer, with the attempt's trace id.
        var starter = request.Single(s => s.SpanId == link.Context.SpanId);
        starter.Events.ShouldContain(e => e.Name == GraphApiTelemetry.Events.TokenRefreshStarted);
        var answered = request.SelectMany(s => s.Events).Single(e => e.Name == GraphApiTelemetry.Events.TokenRefreshAnswered);
        answered.Tags.ShouldContain(t => t.Key == GraphApiTelemetry.Tags.Outcome && (string?)t.Value == "success");
        answered.Tags.ShouldContain(t => t.Key == GraphApiTelemetry.Tags.RefreshTraceId && (string?)t.Value == refresh.TraceId.ToHexString());

        // No token, old or new, in any tag, event or link of either trace.
        var after = await _sandbox.Factory.FindAsync(SandboxDemoUsers.Pinner);
        after!.Tokens.AccessToken.ShouldNotBe(before!.Tokens.AccessToken);
        string[] secrets = [before.Tokens.AccessToken, before.Tokens.RefreshToken, after.Tokens.AccessToken, after.Tokens.RefreshToken];
        foreach (var span in request.Concat(_sandbox.SpansOf(refresh.TraceId)))
        {
            var text = Text(span);
            secrets.ShouldAllBe(secret => !text.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_failed_refresh_tags_unavailable_and_a_request_answered_from_the_cool_down_gets_an_event_and_a_rejection_count()
    {
        var faults = _sandbox.Factory.Services.GetRequiredService<ISandboxFaults>();
        await _sandbox.Factory.ExpireAccessTokenAsync(SandboxDemoUsers.Curator);
        faults.Apply(new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["oauth/token"] });
        _sandbox.Factory.Counters.Reset();
        try
        {
            var (firstHeader, firstTrace) = TracedSandbox.NewTraceParent();
            (await QueryAsync(SandboxDemoUsers.Curator, firstHeader)).FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
            var failed = await EventuallyAsync(() => Spans().SingleOrDefault(s =>
                s.OperationName == GraphApiTelemetry.Spans.TokenRefresh && s.Links.Any(l => l.Context.TraceId == firstTrace)));
            failed.GetTagItem(GraphApiTelemetry.Tags.Outcome).ShouldBe("unavailable");
            failed.Status.ShouldBe(ActivityStatusCode.Error);
            _sandbox.Sum("graphapi.rate_limit.rejections", ("graphapi.rate_limit.kind", "refresh_cooldown")).ShouldBe(0, "the first answer came from an attempt");

            var (secondHeader, secondTrace) = TracedSandbox.NewTraceParent();
            (await QueryAsync(SandboxDemoUsers.Curator, secondHeader)).FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");

            _sandbox.Factory.Counters.CountOf("oauth/token").ShouldBe(1);
            var second = await _sandbox.TraceAsync(secondTrace);
            var answered = second.SelectMany(s => s.Events).Single(e => e.Name == GraphApiTelemetry.Events.TokenRefreshAnswered);
            answered.Tags.ShouldContain(t => t.Key == GraphApiTelemetry.Tags.Outcome && (string?)t.Value == "cooldown");
            second.SelectMany(s => s.Events).ShouldNotContain(e => e.Name == GraphApiTelemetry.Events.TokenRefreshStarted);
            // Spans are process-wide (other hosts refresh in parallel tests): count only the attempts this test's requests linked.
            Spans().Count(s => s.OperationName == GraphApiTelemetry.Spans.TokenRefresh
                               && s.Links.Any(l => l.Context.TraceId == firstTrace || l.Context.TraceId == secondTrace))
                .ShouldBe(1, "a cool-down answer starts no attempt");
            _sandbox.Sum("graphapi.rate_limit.rejections", ("graphapi.rate_limit.kind", "refresh_cooldown")).ShouldBe(1);
        }
        finally
        {
            faults.Clear();
        }
    }

    [Fact]
    public async Task A_quota_fail_fast_refusal_is_counted_as_a_quota_rejection_and_the_kinds_are_a_fixed_set()
    {
        var faults = _sandbox.Factory.Services.GetRequiredService<ISandboxFaults>();
        // One call allowed: after the first query nothing is left, so any further call is certain to be refused.
        faults.Apply(new SandboxFaultSettings { RateLimit = 1, RateLimitWindowSeconds = 60 });
        try
        {
            (await _sandbox.Factory.QueryAsync(SandboxDemoUsers.Business)).GetProperty("data").GetProperty("me").GetProperty("username").GetString()
                .ShouldBe(SandboxDemoUsers.Business);
            _sandbox.Factory.Counters.Reset();

            var refused = await _sandbox.Factory.QueryAsync(SandboxDemoUsers.Business, RateLimitSandboxFixture.WithCalls("{ me { username } }", 5));

            refused.FirstErrorCode().ShouldBe("RATE_LIMITED");
            _sandbox.Factory.Counters.Snapshot().Values.Sum().ShouldBe(0);
            _sandbox.Sum("graphapi.rate_limit.rejections", ("graphapi.rate_limit.kind", "quota")).ShouldBe(1);
            _sandbox.TagsOf("graphapi.rate_limit.rejections")
                .Select(tags => Convert.ToString(tags.Single(t => t.Key == "graphapi.rate_limit.kind").Value, CultureInfo.InvariantCulture))
                .ShouldAllBe(kind => new[] { "caller_rate", "upstream_budget", "quota", "refresh_cooldown", "pinterest" }.Contains(kind));
        }
        finally
        {
            faults.Clear();
        }
    }

    private List<Activity> Spans()
    {
        lock (_sandbox.Spans)
        {
            return [.. _sandbox.Spans];
        }
    }

    // The attempt's span ends on its own task, a moment after the request may have answered: poll, bounded (10 s).
    private static async Task<Activity> EventuallyAsync(Func<Activity?> find)
    {
        for (var i = 0; i < 200; i++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return find().ShouldNotBeNull("the span never appeared");
    }

    private async Task<JsonElement> QueryAsync(string user, string traceParent)
    {
        using var client = _sandbox.CreateClientFor(user);
        using var request = GraphQLHttp.PostQuery("query Me { me { username } }");
        request.Headers.Add("traceparent", traceParent);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }

    internal static string Text(Activity span) =>
        string.Join(' ', new[] { span.DisplayName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => t.Key + "=" + Convert.ToString(t.Value, CultureInfo.InvariantCulture)))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => e.Name + " " + t.Key + "=" + Convert.ToString(t.Value, CultureInfo.InvariantCulture))))
            .Concat(span.Baggage.Select(b => b.Key + "=" + b.Value))
            .Concat(span.Links.SelectMany(l => (l.Tags ?? []).Select(t => t.Key + "=" + Convert.ToString(t.Value, CultureInfo.InvariantCulture)))));
}
