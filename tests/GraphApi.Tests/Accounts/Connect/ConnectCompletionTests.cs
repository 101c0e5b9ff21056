using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Storage;
using GraphApi.Tests.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Connect;

/// <summary>
/// The completion step bound to the caller who started the flow: hostile uses (another caller, replay, guess, expiry,
/// races) against a counted fake of Pinterest's token endpoint.
/// </summary>
public sealed class ConnectCompletionTests : IDisposable
{
    private const string CompleteQuery =
        "mutation($c: String!) { completePinterestConnection(input: {completion: $c}) { connection { status } errors { __typename ... on UserError { code message } } } }";

    private readonly AccountLinksFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Another_caller_gets_a_mismatch_the_consent_is_destroyed_and_the_code_never_exchanged()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var mallory = _factory.CreateClientFor("mallory");
        var completion = await CallbackAsync(mallory);

        var aliceResult = await CompleteAsync(alice, completion);
        var malloryResult = await CompleteAsync(mallory, completion);

        CodeOf(aliceResult).ShouldBe("CONNECT_CALLER_MISMATCH");
        CodeOf(malloryResult).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        _factory.OAuth.Exchanges.ShouldBe(0);
        (await _factory.FindAsync("alice")).ShouldBeNull();
        (await _factory.FindAsync("mallory")).ShouldBeNull();
        (await PendingRowsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_completion_works_once()
    {
        using var alice = _factory.CreateClientFor("alice");
        var completion = await CallbackAsync(alice);

        var first = await CompleteAsync(alice, completion);
        var version = (await _factory.FindAsync("alice"))!.Version;
        var replay = await CompleteAsync(alice, completion);

        first.GetProperty("errors").GetArrayLength().ShouldBe(0);
        CodeOf(replay).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        _factory.OAuth.Exchanges.ShouldBe(1);
        (await _factory.FindAsync("alice"))!.Version.ShouldBe(version);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("ÄAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("' OR 1=1 --")]
    public async Task A_guessed_or_malformed_completion_is_not_found(string guess)
    {
        using var alice = _factory.CreateClientFor("alice");
        var real = await CallbackAsync(alice);

        CodeOf(await CompleteAsync(alice, guess)).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");

        // The real one is untouched by the guess.
        (await CompleteAsync(alice, real)).GetProperty("errors").GetArrayLength().ShouldBe(0);
        _factory.OAuth.Exchanges.ShouldBe(1);
    }

    [Fact]
    public async Task A_huge_completion_argument_is_refused_quickly()
    {
        using var alice = _factory.CreateClientFor("alice");

        var result = await CompleteAsync(alice, new string('A', 100_000));

        CodeOf(result).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        _factory.OAuth.Exchanges.ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_completion_is_refused_and_destroyed()
    {
        using var alice = _factory.CreateClientFor("alice");
        var id = CompletionId.New();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var past = DateTimeOffset.UtcNow.AddMinutes(-11);
            await scope.ServiceProvider.GetRequiredService<IPendingCompletionStore>().AddAsync(
                new PendingCompletion(CompletionId.Hash(id), new AccountLinkKey("", "alice"), "old-code", new Uri("http://localhost/integration-callback"), past, past + PendingCompletion.Lifetime),
                default);
        }

        var expired = await CompleteAsync(alice, id);
        var again = await CompleteAsync(alice, id);

        CodeOf(expired).ShouldBe("CONNECT_COMPLETION_EXPIRED");
        CodeOf(again).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        _factory.OAuth.Exchanges.ShouldBe(0);
        (await _factory.FindAsync("alice")).ShouldBeNull();
    }

    [Fact]
    public async Task Twenty_concurrent_completes_link_once()
    {
        using var alice = _factory.CreateClientFor("alice");
        var completion = await CallbackAsync(alice);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CompleteAsync(alice, completion)));

        results.Count(r => r.GetProperty("errors").GetArrayLength() == 0).ShouldBe(1);
        results.Count(r => CodeOf(r) == "CONNECT_COMPLETION_NOT_FOUND").ShouldBe(19);
        _factory.OAuth.Exchanges.ShouldBe(1);
    }

    [Fact]
    public async Task The_starter_racing_an_intruder_gets_it_or_nobody_does()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var mallory = _factory.CreateClientFor("mallory");
        var completion = await CallbackAsync(alice);

        var results = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => CompleteAsync(i % 2 == 0 ? mallory : alice, completion)));

        // Exactly one request takes the completion: alice's links, mallory's destroys it. Mallory never gets alice's account.
        results.Count(r => r.GetProperty("errors").GetArrayLength() == 0 || CodeOf(r) == "CONNECT_CALLER_MISMATCH").ShouldBe(1);
        (await _factory.FindAsync("mallory")).ShouldBeNull();
        _factory.OAuth.Exchanges.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task Storage_is_bounded_a_newer_consent_replaces_the_callers_earlier_one_and_expired_rows_are_purged()
    {
        using var alice = _factory.CreateClientFor("alice");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPendingCompletionStore>();
            var past = DateTimeOffset.UtcNow.AddHours(-1);
            for (var i = 0; i < 50; i++)
            {
                await store.AddAsync(new PendingCompletion(CompletionId.Hash(CompletionId.New()), new AccountLinkKey("", $"old{i}"), "c", new Uri("http://localhost/cb"), past, past + PendingCompletion.Lifetime), default);
            }
        }

        var first = await CallbackAsync(alice);
        var second = await CallbackAsync(alice);

        (await PendingRowsAsync()).ShouldBe(1);
        CodeOf(await CompleteAsync(alice, first)).ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        (await CompleteAsync(alice, second)).GetProperty("errors").GetArrayLength().ShouldBe(0);
        (await PendingRowsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_code_is_stored_encrypted_and_the_id_only_as_a_hash()
    {
        using var alice = _factory.CreateClientFor("alice");
        var completion = await CallbackAsync(alice, "plain-code-never-stored");

        await using var scope = _factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().PendingConnectCompletions.SingleAsync();

        row.ProtectedCode.ShouldNotContain("plain-code-never-stored");
        row.IdHash.ShouldBe(CompletionId.Hash(completion));
        row.IdHash.ShouldNotContain(completion);
        (row.ExpiresAt - row.CreatedAt).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task The_server_side_endpoint_completes_and_refuses_with_statuses()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var bob = _factory.CreateClientFor("bob");
        using var anonymous = _factory.CreateAnonymousClient();

        using var unauthenticated = await anonymous.PostAsJsonAsync("/integrations/pinterest/complete", new { completion = "x" });
        using var noBody = await alice.PostAsync("/integrations/pinterest/complete", new StringContent("[1]", System.Text.Encoding.UTF8, "application/json"));
        using var notJson = await alice.PostAsync("/integrations/pinterest/complete", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        using var loneSurrogate = await alice.PostAsync("/integrations/pinterest/complete", new StringContent("{\"completion\":\"\\ud800\"}", System.Text.Encoding.UTF8, "application/json"));
        using var huge = await alice.PostAsync("/integrations/pinterest/complete", new StringContent($"{{\"completion\":\"{new string('A', 100_000)}\"}}", System.Text.Encoding.UTF8, "application/json"));
        using var unknown = await alice.PostAsJsonAsync("/integrations/pinterest/complete", new { completion = CompletionId.New() });
        var completion = await CallbackAsync(alice);
        using var mismatch = await bob.PostAsJsonAsync("/integrations/pinterest/complete", new { completion });
        var mine = await CallbackAsync(alice);
        using var ok = await alice.PostAsync("/integrations/pinterest/complete", new FormUrlEncodedContent([new("completion", mine)]));

        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        noBody.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        loneSurrogate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ReadJsonAsync()).FirstErrorCode().ShouldBe("CONNECT_COMPLETION_NOT_FOUND");
        mismatch.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mismatch.ReadJsonAsync()).FirstErrorCode().ShouldBe("CONNECT_CALLER_MISMATCH");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.ReadJsonAsync()).GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        _factory.OAuth.Exchanges.ShouldBe(1);
        (await _factory.FindAsync("bob")).ShouldBeNull();
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_off_at_the_limit()
    {
        using var alice = _factory.CreateClientFor("alice");
        using var content = new StreamContent(new NoLengthStream(new string(' ', 1_000_000) + "{\"completion\":\"x\"}"));
        content.Headers.ContentType = new("application/json");

        using var response = await alice.PostAsync("/integrations/pinterest/complete", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task A_crafted_error_reason_is_not_reflected()
    {
        using var alice = _factory.CreateClientFor("alice");
        var state = await StateAsync(alice, "/done");

        using var response = await alice.GetAsync($"/integration-callback?error={Uri.EscapeDataString("<script>\r\nX: y")}&state={state}");

        response.Headers.Location!.OriginalString.ShouldBe("/done?pinterest=error&reason=pinterest_error");
    }

    private static async Task<string> CallbackAsync(HttpClient starter, string code = "code-1")
    {
        var state = await StateAsync(starter, "/done");
        using var callback = await starter.GetAsync($"/integration-callback?code={code}&state={state}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = callback.Headers.Location!.OriginalString;
        location.ShouldStartWith("/done?pinterest=pending&completion=");
        return HttpUtility.ParseQueryString(location.Split('?', 2)[1])["completion"]!;
    }

    private static async Task<string> StateAsync(HttpClient client, string returnUrl)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("mutation($u: String!) { connectPinterest(input: {returnUrl: $u}) { authorizationUrl } }", new { u = returnUrl }));
        var url = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!;
        return Uri.EscapeDataString(HttpUtility.ParseQueryString(new Uri(url).Query)["state"]!);
    }

    private static async Task<JsonElement> CompleteAsync(HttpClient client, string completion)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(CompleteQuery, new { c = completion }));
        var body = await response.ReadJsonAsync();
        return body.GetProperty("data").GetProperty("completePinterestConnection");
    }

    private static string? CodeOf(JsonElement payload) =>
        payload.GetProperty("errors").GetArrayLength() > 0 ? payload.GetProperty("errors")[0].GetProperty("code").GetString() : null;

    /// <summary>A body the client cannot measure, so it is sent without Content-Length.</summary>
    private sealed class NoLengthStream(string text) : MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))
    {
        public override bool CanSeek => false;
    }

    private async Task<int> PendingRowsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().PendingConnectCompletions.CountAsync();
    }
}
