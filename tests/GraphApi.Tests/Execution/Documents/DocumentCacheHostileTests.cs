using System.Net;
using System.Text.Json;
using GraphApi.Execution.Documents;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Scopes;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Documents;

/// <summary>
/// A cached document skips only GraphQL.NET's document rules: what depends on the caller, the variables or the
/// budget still runs on every request, and a document that failed validation is never executed.
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class DocumentCacheHostileTests(PinterestSandboxFixture fixture)
{
    private const string Boards = "query Boards($n: Int!) { me { boards(first: $n) { nodes { name pins(first: $n) { nodes { id } } } } } }";

    [Fact]
    public async Task A_cached_document_with_other_variables_is_still_costed_and_refused_over_budget()
    {
        var cheap = await PostAsync(SandboxDemoUsers.Pinner, Boards, new { n = 2 });
        cheap.Status.ShouldBe(HttpStatusCode.OK);
        cheap.Body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        // Marked under the operation name as requested (none here), so only the same request shape skips the rules.
        CachedEntry(Boards).IsValidated(null).ShouldBeTrue();
        CachedEntry(Boards).IsValidated("Boards").ShouldBeFalse();
        fixture.Counters.Reset();

        var expensive = await PostAsync(SandboxDemoUsers.Pinner, Boards, new { n = 150 });

        expensive.Status.ShouldBe(HttpStatusCode.BadRequest);
        expensive.Body.FirstErrorCode().ShouldBe("COST_LIMIT_EXCEEDED");
        expensive.Body.TryGetProperty("data", out _).ShouldBeFalse();
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task Variables_are_still_coerced_for_a_cached_document()
    {
        (await PostAsync(SandboxDemoUsers.Pinner, Boards, new { n = 1 })).Status.ShouldBe(HttpStatusCode.OK);

        var wrong = await PostAsync(SandboxDemoUsers.Pinner, Boards, new { n = "many" });

        wrong.Body.TryGetProperty("data", out _).ShouldBeFalse();
        wrong.Body.FirstErrorCode().ShouldBe("INVALID_VALUE");
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_executed_the_second_time_either()
    {
        // Valid but for an unused fragment: executed, it would read the account.
        const string invalid = "query Unused { me { username } } fragment F on User { username }";
        fixture.Counters.Reset();

        var first = await PostAsync(SandboxDemoUsers.Pinner, invalid);
        var second = await PostAsync(SandboxDemoUsers.Pinner, invalid);

        foreach (var answer in new[] { first, second })
        {
            answer.Body.TryGetProperty("data", out _).ShouldBeFalse();
            answer.Body.FirstErrorCode().ShouldBe(first.Body.FirstErrorCode());
        }

        CachedEntry(invalid).IsValidated(null).ShouldBeFalse();
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task The_same_text_under_another_operation_name_is_validated_on_its_own()
    {
        const string two = "query A { gateway { version } } query B { gateway { version } }";

        (await PostAsync(SandboxDemoUsers.Pinner, two, operationName: "A")).Status.ShouldBe(HttpStatusCode.OK);

        CachedEntry(two).IsValidated("A").ShouldBeTrue();
        CachedEntry(two).IsValidated("B").ShouldBeFalse();
        var missing = await PostAsync(SandboxDemoUsers.Pinner, two, operationName: "C");
        missing.Body.TryGetProperty("data", out _).ShouldBeFalse();
        CachedEntry(two).IsValidated("C").ShouldBeFalse();
    }

    private CachedDocument CachedEntry(string text) =>
        fixture.Factory.Services.GetRequiredService<DocumentCache>().Find(text).ShouldNotBeNull();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string user, string query, object? variables = null, string? operationName = null)
    {
        using var client = fixture.Factory.CreateClientFor(user);
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query, variables, operationName })));
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}

/// <summary>Reject mode: the scope rule decides before execution, so a cached document must still meet it per caller.</summary>
public sealed class DocumentCacheScopeTests : IDisposable
{
    private readonly ScopeTestFactory _factory = new() { Mode = "Reject" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Another_caller_without_the_scopes_is_still_denied_for_a_cached_document()
    {
        const string query = "query Pins { testBoard { name pins } }";
        await _factory.ConnectAsync("full", "boards:read", "pins:read");
        await _factory.ConnectAsync("narrow", "boards:read");

        using (var full = _factory.CreateClientFor("full"))
        using (var allowed = await full.SendAsync(GraphQLHttp.PostQuery(query)))
        {
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await allowed.ReadJsonAsync()).TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        }

        _factory.Services.GetRequiredService<DocumentCache>().Find(query)!.IsValidated(null).ShouldBeTrue();
        _factory.Calls.Reset();

        using var narrow = _factory.CreateClientFor("narrow");
        using var denied = await narrow.SendAsync(GraphQLHttp.PostQuery(query));

        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var body = await denied.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("INSUFFICIENT_SCOPE");
        body.TryGetProperty("data", out _).ShouldBeFalse();
        _factory.Calls.Count.ShouldBe(0);
    }
}
