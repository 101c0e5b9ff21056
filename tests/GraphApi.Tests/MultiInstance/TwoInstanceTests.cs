using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Accounts.Links.Durability;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.MultiInstance;

/// <summary>
/// Issue 15's acceptance tests: two gateway instances on one PostgreSQL database and one Redis prefix behave as one
/// gateway. Each test has callers of its own; the emulator's counters are reset before what a test counts.
/// </summary>
[Trait("Category", "MultiInstance")]
public sealed class TwoInstanceTests(TwoInstanceCluster cluster) : IClassFixture<TwoInstanceCluster>
{
    private const string Connect = "mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }";
    private const string Complete = "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } errors { __typename ... on UserError { code message } } } }";
    private const string Status = "{ pinterestConnection { status } }";
    private const string Me = "{ me { username } }";
    private const string CreateBoard = "mutation($n: String!) { createBoard(input: { name: $n }) { board { pinterestId } errors { __typename } } }";
    private const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { id pinterestId }
            replayed
            errors { __typename ... on UserError { code message } }
          }
        }
        """;

    private static string NewCaller(string what) => what + "-" + Guid.NewGuid().ToString("N")[..10];

    [SkippableFact]
    public async Task OAuth_started_on_A_completes_with_the_callback_on_B_and_the_replayed_state_is_refused_on_A()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("oauth");
        using var onA = cluster.A.ClientFor(caller);
        using var onB = cluster.B.ClientFor(caller);
        cluster.Pinterest.Counters.Reset();

        var consent = new Uri((await PostAsync(onA, Connect, new { u = "/app" })).AtText("data.connectPinterest.authorizationUrl")!);
        var callback = await ConsentPage.DecideAsync(consent, "approve", SandboxDemoUsers.Pinner);
        callback.GetLeftPart(UriPartial.Authority).ShouldBe(cluster.ProxyOrigin.GetLeftPart(UriPartial.Authority));

        // The load balancer happens to send the browser's callback to B: B must open A's sealed state and consume it.
        using var landing = await onB.GetAsync(callback.PathAndQuery);
        landing.StatusCode.ShouldBe(HttpStatusCode.Redirect, await landing.Content.ReadAsStringAsync());
        landing.Headers.Location!.OriginalString.ShouldStartWith("/app?pinterest=pending&completion=");

        // The same callback replayed on A (a reload, or an attacker's copy): the state was consumed on B.
        using var replay = await onA.GetAsync(callback.PathAndQuery);
        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("already used");

        // The app finishes on A with the completion B recorded; both instances then see the link.
        var completion = System.Web.HttpUtility.ParseQueryString(landing.Headers.Location.OriginalString.Split('?', 2)[1])["completion"]!;
        var completed = (await PostAsync(onA, Complete, new { c = completion })).At("data.completePinterestConnection");
        completed.GetProperty("errors").GetArrayLength().ShouldBe(0);
        completed.AtText("connection.status").ShouldBe("CONNECTED");
        foreach (var client in new[] { onA, onB })
        {
            (await PostAsync(client, Me)).AtText("data.me.username").ShouldBe(SandboxDemoUsers.Pinner);
        }

        cluster.Pinterest.Counters.CountOf("oauth/token").ShouldBe(1);
    }

    [SkippableFact]
    public async Task The_whole_connect_flow_works_through_the_proxy_with_its_requests_spread_over_both_instances()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("proxied");
        using var proxy = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = cluster.ProxyOrigin };
        proxy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(caller));

        var consent = new Uri((await PostAsync(proxy, Connect, new { u = "/app" })).AtText("data.connectPinterest.authorizationUrl")!);
        var callback = await ConsentPage.DecideAsync(consent, "approve", SandboxDemoUsers.Business);
        using var landing = await proxy.GetAsync(callback);
        landing.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var completion = System.Web.HttpUtility.ParseQueryString(landing.Headers.Location!.OriginalString.Split('?', 2)[1])["completion"]!;
        (await PostAsync(proxy, Complete, new { c = completion })).AtText("data.completePinterestConnection.connection.status").ShouldBe("CONNECTED");

        // Round robin: consecutive requests alternate between A and B (one request log line each), and every one of
        // them knows the link.
        var (queriesOnA, queriesOnB) = (Queries(cluster.A), Queries(cluster.B));
        for (var i = 0; i < 4; i++)
        {
            (await PostAsync(proxy, Me)).AtText("data.me.username").ShouldBe(SandboxDemoUsers.Business);
        }

        // Each instance is a child process whose log lines are read from its output as they come: a line may arrive
        // after its response did, so wait (bounded) for the four lines before counting where they ran.
        (await SandboxAccountLinks.EventuallyAsync(
            () => Task.FromResult(Queries(cluster.A) - queriesOnA + Queries(cluster.B) - queriesOnB >= 4), TimeSpan.FromSeconds(10))).ShouldBeTrue();
        (Queries(cluster.A) - queriesOnA).ShouldBe(2);
        (Queries(cluster.B) - queriesOnB).ShouldBe(2);
        // The proxy saw the callback's code and state in its request line: neither reaches its log.
        var proxyLog = string.Join('\n', cluster.ProxyLogs.Lines);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        proxyLog.ShouldNotContain(query["code"]!);
        proxyLog.ShouldNotContain(query["state"]!);
    }

    [SkippableFact]
    public async Task Twenty_concurrent_requests_on_an_expired_token_split_over_A_and_B_make_one_refresh_saved_once()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("refresh");
        var before = await cluster.ConnectAsync(cluster.A, caller);
        await TwoInstanceCluster.RewriteAsync(cluster.A, caller, tokens => tokens with { AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
        using var onA = cluster.A.ClientFor(caller);
        using var onB = cluster.B.ClientFor(caller);
        cluster.Pinterest.Counters.Reset();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => PostAsync(i % 2 == 0 ? onA : onB, Me))));

        answers.ShouldAllBe(a => a.AtText("data.me.username") == SandboxDemoUsers.Pinner, string.Join('\n', answers.Select(a => a.GetRawText()).Distinct()));
        cluster.Pinterest.Counters.CountOf("oauth/token").ShouldBe(1);
        cluster.Pinterest.Counters.CountOf("user_account/get").ShouldBe(20);
        var after = (await TwoInstanceCluster.FindAsync(cluster.B, caller))!;
        after.Status.ShouldBe(AccountLinkStatus.Connected);
        after.Tokens.RefreshToken.ShouldNotBe(before.Tokens.RefreshToken);
        after.Tokens.AccessTokenExpiresAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(29));
        // The emulator revokes a refresh token when it rotates it: the stored one is the one rotation handed out, and
        // it still refreshes (a second refresh or a lost save would have left a revoked or older token stored).
        await RefreshAtPinterestAsync(after.Tokens.RefreshToken);
    }

    [SkippableFact]
    public async Task One_idempotency_key_sent_to_A_and_B_at_once_creates_one_pin_and_both_answer_it()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("idempotent");
        await cluster.ConnectAsync(cluster.A, caller);
        using var onA = cluster.A.ClientFor(caller);
        using var onB = cluster.B.ClientFor(caller);
        var board = (await PostAsync(onA, CreateBoard, new { n = "Scale-out " + Guid.NewGuid().ToString("N")[..8] })).AtText("data.createBoard.board.pinterestId")!;
        var input = new { boardId = board, title = "Once", description = "d", link = "https://example.com/x", altText = "alt", idempotencyKey = Guid.NewGuid().ToString(), mediaSource = new { imageUrl = new { url = "https://images.example/x.jpg" } } };
        cluster.Pinterest.Counters.Reset();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => PostAsync(i % 2 == 0 ? onA : onB, CreatePin, new { input }))));

        cluster.Pinterest.Counters.CountOf("pins/create").ShouldBe(1);
        var pins = answers.Select(a => a.At("data.createPin")).ToList();
        pins.ShouldAllBe(p => p.GetProperty("errors").GetArrayLength() == 0, string.Join('\n', pins.Select(p => p.GetRawText()).Distinct()));
        pins.Select(p => p.AtText("pin.id")).Distinct().Count().ShouldBe(1);
        pins.Count(p => !p.GetProperty("replayed").GetBoolean()).ShouldBe(1);

        var later = (await PostAsync(onB, CreatePin, new { input })).At("data.createPin");
        later.GetProperty("replayed").GetBoolean().ShouldBeTrue();
        later.AtText("pin.id").ShouldBe(pins[0].AtText("pin.id"));
        cluster.Pinterest.Counters.CountOf("pins/create").ShouldBe(1);
    }

    [SkippableFact]
    public async Task A_disconnect_on_A_stops_B_from_using_the_tokens_within_a_second()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("disconnect");
        await cluster.ConnectAsync(cluster.A, caller);
        using var onA = cluster.A.ClientFor(caller);
        using var onB = cluster.B.ClientFor(caller);
        // B has used the link (its decrypted tokens are in B's cache now).
        (await PostAsync(onB, Me)).AtText("data.me.username").ShouldBe(SandboxDemoUsers.Pinner);
        (await PostAsync(onB, Me)).AtText("data.me.username").ShouldBe(SandboxDemoUsers.Pinner);

        (await PostAsync(onA, "mutation { disconnectPinterest { disconnected } }")).At("data.disconnectPinterest.disconnected").GetBoolean().ShouldBeTrue();
        var since = Stopwatch.StartNew();

        // Every request B starts a second or more after the disconnect must refuse; earlier ones may still race it.
        while (true)
        {
            var started = since.Elapsed;
            var me = await PostAsync(onB, Me);
            if (me.TryGetProperty("errors", out var errors) && errors[0].AtText("extensions.code") == "PINTEREST_NOT_CONNECTED")
            {
                break;
            }

            started.ShouldBeLessThan(TimeSpan.FromSeconds(1), $"B still used the tokens {started.TotalMilliseconds:F0} ms after the disconnect on A: {me.GetRawText()}");
            await Task.Delay(50);
        }

        (await PostAsync(onB, Status)).AtText("data.pinterestConnection.status").ShouldBe("NOT_CONNECTED");
    }

    [SkippableFact]
    public async Task Restarting_either_instance_with_an_empty_data_folder_loses_no_link_record_or_key()
    {
        cluster.SkipUnlessReady();
        var caller = NewCaller("restart");
        await cluster.ConnectAsync(cluster.A, caller);
        GatewayInstance[] before = [cluster.A, cluster.B];
        string pinId;
        var input = new { boardId = "", title = "Survives", description = "d", link = "https://example.com/x", altText = "alt", idempotencyKey = Guid.NewGuid().ToString(), mediaSource = new { imageUrl = new { url = "https://images.example/x.jpg" } } };
        using (var onB = cluster.B.ClientFor(caller))
        {
            var board = (await PostAsync(onB, CreateBoard, new { n = "Restart " + Guid.NewGuid().ToString("N")[..8] })).AtText("data.createBoard.board.pinterestId")!;
            input = input with { boardId = board };
            pinId = (await PostAsync(onB, CreatePin, new { input })).AtText("data.createPin.pin.id")!;
        }

        foreach (var which in before)
        {
            var restarted = cluster.Restart(which);
            cluster.Pinterest.Counters.Reset();
            using var client = restarted.ClientFor(caller);

            // The link and its tokens (encrypted by the old processes' key ring, which now lives only in the database).
            (await PostAsync(client, Status)).AtText("data.pinterestConnection.status").ShouldBe("CONNECTED");
            (await PostAsync(client, Me)).AtText("data.me.username").ShouldBe(SandboxDemoUsers.Pinner);
            // The idempotency record: the retry replays the pin created before the restart, and creates nothing.
            var replay = (await PostAsync(client, CreatePin, new { input })).At("data.createPin");
            replay.GetProperty("replayed").GetBoolean().ShouldBeTrue(replay.GetRawText());
            replay.AtText("pin.id").ShouldBe(pinId);
            cluster.Pinterest.Counters.CountOf("pins/create").ShouldBe(0);
            cluster.Pinterest.Counters.CountOf("oauth/token").ShouldBe(0);
        }
    }

    private static int Queries(GatewayInstance instance) =>
        instance.Logs.Lines.Count(line => line.Contains("GraphQL query", StringComparison.Ordinal));

    private async Task RefreshAtPinterestAsync(string refreshToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Pinterest.Origin, "v5/oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("sandbox-client:sandbox-secret"u8.ToArray()));
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, variables));
        return await response.ReadJsonAsync();
    }
}
