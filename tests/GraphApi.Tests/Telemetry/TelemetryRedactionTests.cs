using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Telemetry;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Telemetry;

/// <summary>
/// A full OAuth connect (connect, consent, callback, complete), a query, a mutation and a token refresh with spans
/// exported to memory and every log line captured with its scopes: none of the secrets the flow really used appears
/// in any span name, tag, event, status or link, or in any log message, property or scope value.
/// </summary>
public sealed partial class TelemetryRedactionTests : IDisposable
{
    private readonly TracedSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task No_token_code_state_completion_id_client_secret_or_caller_jwt_reaches_a_span_or_a_log_line()
    {
        var secrets = new List<string>();

        // The test's own HttpClient is traced too (the process listens to HttpClient): its spans see the callback URL.
        using var alice = _sandbox.Factory.CreateClientFor("alice");

        // Every request of the flow in one trace, so its spans are told from other test hosts' (the listeners are process-wide).
        var (traceParent, traceId) = TracedSandbox.NewTraceParent();
        alice.DefaultRequestHeaders.Add("traceparent", traceParent);
        secrets.Add(alice.DefaultRequestHeaders.Authorization!.Parameter!);
        var consentUrl = await ConnectAsync(alice);
        secrets.Add(Query(consentUrl, "state"));
        var callback = await DecideAsync(alice, consentUrl);
        secrets.Add(Query(callback, "code"));
        secrets.Add(Query(callback, "state"));
        using (var landing = await alice.GetAsync(callback))
        {
            landing.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var completion = HttpUtilityQuery(landing.Headers.Location!.OriginalString, "completion");
            secrets.Add(completion);
            var completed = await PostAsync(alice,
                "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } } }", new { c = completion });
            completed.GetProperty("data").GetProperty("completePinterestConnection").GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        }

        var connected = await FindAsync();
        secrets.Add(connected.Tokens.AccessToken);
        secrets.Add(connected.Tokens.RefreshToken);

        // A query and a mutation with the connected account.
        (await PostAsync(alice, "query Mine { me { username boards(first: 3) { nodes { name } } } }")).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
        (await PostAsync(alice, """mutation Make { createBoard(input: {name: "Telemetry board"}) { board { id } } }""")).GetProperty("data").GetProperty("createBoard").GetProperty("board").GetProperty("id").GetString().ShouldNotBeNullOrEmpty();

        // An expired access token: the next request refreshes (Pinterest rotates both tokens) and goes on.
        await using (var scope = _sandbox.Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
            await store.SaveAsync(connected.Key, connected.Tokens with { AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) }, default);
        }

        (await PostAsync(alice, "query Again { me { username } }")).GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe("demo.pinner");
        var refreshed = await FindAsync();
        refreshed.Tokens.AccessToken.ShouldNotBe(connected.Tokens.AccessToken);
        secrets.Add(refreshed.Tokens.AccessToken);
        secrets.Add(refreshed.Tokens.RefreshToken);

        var app = _sandbox.Factory.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        secrets.Add(app.ClientSecret);
        secrets.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(app.ClientId + ":" + app.ClientSecret)));
        secrets.ShouldAllBe(s => s.Length >= 8);

        // The flow really was traced and logged: otherwise finding nothing would prove nothing.
        var spans = await SettledSpansAsync(traceId);
        FlowSpans(spans, traceId).Count(s => s.DisplayName == "pinterest oauth/token").ShouldBe(2, "the code exchange and the refresh");
        spans.ShouldContain(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/integration-callback");
        spans.ShouldContain(s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http" && ((string?)s.GetTagItem("url.full") ?? "").EndsWith("/integration-callback", StringComparison.Ordinal));
        spans.ShouldContain(s => s.DisplayName == "mutation Make");
        spans.ShouldNotContain(s => s.GetTagItem("url.query") != null);
        _sandbox.Sum("graphapi.token.refreshes", ("graphapi.outcome", "success")).ShouldBe(1);
        _sandbox.Logs.Lines.ShouldContain(l => l.Message.Contains("Refreshed Pinterest tokens", StringComparison.Ordinal));
        _sandbox.Logs.Lines.ShouldContain(l => l.Scope.ContainsKey("TraceId"));

        foreach (var span in spans)
        {
            var text = SpanText(span);
            foreach (var secret in secrets)
            {
                text.ShouldNotContain(secret, Case.Sensitive, $"span {span.DisplayName} ({span.Source.Name})");
            }
        }

        foreach (var line in _sandbox.Logs.Lines)
        {
            var text = line.AllText;
            foreach (var secret in secrets)
            {
                text.ShouldNotContain(secret, Case.Sensitive, $"log line of {line.Category}");
            }
        }
    }

    private static string SpanText(Activity span)
    {
        var text = new StringBuilder()
            .Append(span.DisplayName).Append(' ').Append(span.OperationName).Append(' ').Append(span.StatusDescription).Append(' ')
            .Append(span.TraceStateString).Append(' ');
        foreach (var (key, value) in span.TagObjects)
        {
            text.Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(' ');
        }

        foreach (var item in span.Events)
        {
            text.Append(item.Name).Append(' ');
            foreach (var (key, value) in item.Tags)
            {
                text.Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        foreach (var (key, value) in span.Baggage)
        {
            text.Append(key).Append('=').Append(value).Append(' ');
        }

        foreach (var link in span.Links)
        {
            foreach (var (key, value) in link.Tags ?? [])
            {
                text.Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return text.ToString();
    }

    // The flow's trace, and the token-refresh attempts linked to it (each is a trace of its own).
    private static List<Activity> FlowSpans(List<Activity> spans, ActivityTraceId traceId)
    {
        var refreshes = spans.Where(s => s.OperationName == GraphApiTelemetry.Spans.TokenRefresh && s.Links.Any(l => l.Context.TraceId == traceId))
            .Select(s => s.TraceId).ToHashSet();
        return spans.Where(s => s.TraceId == traceId || refreshes.Contains(s.TraceId)).ToList();
    }

    // Server spans end just after their responses: poll (bounded, 10 s) until every request of the flow has one: the
    // five GraphQL posts, the callback, and both token calls. On timeout the assertions above report what is missing.
    private async Task<List<Activity>> SettledSpansAsync(ActivityTraceId traceId)
    {
        for (var i = 0; ; i++)
        {
            List<Activity> spans;
            lock (_sandbox.Spans)
            {
                spans = [.. _sandbox.Spans];
            }

            var flow = FlowSpans(spans, traceId);
            var settled = flow.Count(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/graphql") >= 5
                          && flow.Any(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/integration-callback")
                          && flow.Count(s => s.DisplayName == "pinterest oauth/token") >= 2;
            if (settled || i >= 200)
            {
                return spans;
            }

            await Task.Delay(50);
        }
    }

    private async Task<PinterestAccountLink> FindAsync()
    {
        await using var scope = _sandbox.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", "alice"), default))!;
    }

    private static string Query(Uri uri, string name) => HttpUtilityQuery(uri.Query, name);

    private static string HttpUtilityQuery(string urlOrQuery, string name) =>
        System.Web.HttpUtility.ParseQueryString(urlOrQuery.Contains('?', StringComparison.Ordinal) ? urlOrQuery.Split('?', 2)[1].Split('#')[0] : urlOrQuery)[name]!;

    private static async Task<Uri> ConnectAsync(HttpClient client)
    {
        var body = await PostAsync(client, """mutation Connect { connectPinterest(input: {returnUrl: "/app"}) { authorizationUrl } }""");
        return new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
    }

    /// <summary>What a person does on the sandbox's consent page: pick demo.pinner and approve.</summary>
    private static async Task<Uri> DecideAsync(HttpClient browser, Uri consentUrl)
    {
        var page = await browser.GetStringAsync(consentUrl);
        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["username"] = SandboxDemoUsers.Pinner;
        fields["decision"] = "approve";
        using var response = await browser.PostAsync(consentUrl, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
