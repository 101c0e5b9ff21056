using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox.Tests.Faults;

/// <summary>
/// The default quota: every answer carries Pinterest's x-ratelimit-* headers from a fixed window per user and
/// rate-limit category (5 calls per minute here), and the call past it gets 429 code 8. The clock is manual.
/// </summary>
public sealed class QuotaHeaderTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync(
        settings: new Dictionary<string, string?> { ["Sandbox:QuotaLimit"] = "5", ["Sandbox:QuotaWindow"] = "00:01:00" },
        time: _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_answer_counts_against_the_users_quota_in_its_category_and_says_so()
    {
        using var pinner = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        using var narrow = await _host.ClientForAsync(SandboxDemoUsers.Pinner, "user_accounts:read");

        using var ok = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        Quota(ok).ShouldBe((5, 4, 60));

        _clock.Advance(TimeSpan.FromSeconds(20));
        using var missing = await pinner.GetAsync(new Uri("v5/boards/9999999999", UriKind.Relative));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Quota(missing).ShouldBe((5, 3, 40));

        // Scope refusals are counted too (the same user, another token: the quota is per user, not per token).
        using var denied = await narrow.GetAsync(new Uri("v5/pins", UriKind.Relative));
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Quota(denied).ShouldBe((5, 2, 40));

        // A write is another category with its own window.
        using var write = await pinner.PostAsync(new Uri("v5/boards", UriKind.Relative), HttpJson.Body(new { }));
        write.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Quota(write).ShouldBe((5, 4, 60));

        // The analytics category is separate as well.
        using var analytics = await pinner.GetAsync(new Uri("v5/user_account/analytics?start_date=2000-01-01&end_date=2000-01-02", UriKind.Relative));
        Quota(analytics).Remaining.ShouldBe(4);

        using var fourth = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        using var fifth = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        Quota(fifth).ShouldBe((5, 0, 40));
        fifth.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var refused = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.JsonAsync()).Code().ShouldBe(8);
        Quota(refused).ShouldBe((5, 0, 40));
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(40));

        // Another user has a quota of their own.
        using var curator = await _host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);
        using var other = await curator.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        Quota(other).ShouldBe((5, 4, 60));

        // The window resets.
        _clock.Advance(TimeSpan.FromSeconds(40));
        using var after = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        Quota(after).ShouldBe((5, 4, 60));
    }

    [Fact]
    public async Task Fault_answers_carry_the_headers_and_the_rate_limit_switch_replaces_the_quota_for_its_operations()
    {
        using var pinner = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        _host.Services.GetRequiredService<ISandboxFaults>().Apply(new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["boards/list"] });

        using var failed = await pinner.GetAsync(new Uri("v5/boards", UriKind.Relative));
        failed.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        Quota(failed).ShouldBe((5, 4, 60));

        _host.Services.GetRequiredService<ISandboxFaults>().Apply(new SandboxFaultSettings { RateLimit = 1, RateLimitWindowSeconds = 30, OperationIds = ["boards/get"] });
        using var switched = await pinner.GetAsync(new Uri("v5/boards/9999999999", UriKind.Relative));
        Quota(switched).ShouldBe((1, 0, 30));
        using var unaffected = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        // Applying switches starts every window afresh.
        Quota(unaffected).ShouldBe((5, 4, 60));
    }

    [Fact]
    public void Every_operations_category_is_the_one_pinterests_openapi_file_declares()
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        var spec = JsonNode.Parse(GraphApi.Testing.OpenApiSpecFile.Read())!.AsObject();
        foreach (var (_, path) in spec["paths"]!.AsObject())
        {
            foreach (var (_, operation) in path!.AsObject())
            {
                if (operation is JsonObject o && o["operationId"]?.GetValue<string>() is { } id && o["x-ratelimit-category"]?.GetValue<string>() is { } category)
                {
                    declared[id] = category;
                }
            }
        }

        var operations = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<SandboxOperation>())
            .OfType<SandboxOperation>()
            .ToList();

        operations.Count.ShouldBeGreaterThan(30);
        foreach (var operation in operations)
        {
            declared.ShouldContainKey(operation.OperationId);
            operation.RateLimitCategory.ShouldBe(declared[operation.OperationId], operation.OperationId);
        }
    }

    private static (int Limit, int Remaining, int Reset) Quota(HttpResponseMessage response) =>
        (Header(response, "x-ratelimit-limit"), Header(response, "x-ratelimit-remaining"), Header(response, "x-ratelimit-reset"));

    private static int Header(HttpResponseMessage response, string name) =>
        int.Parse(response.Headers.GetValues(name).Single(), CultureInfo.InvariantCulture);
}
