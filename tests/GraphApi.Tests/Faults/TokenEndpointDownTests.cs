using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Crash;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Faults;

/// <summary>
/// Pinterest's token endpoint (operation <c>oauth/token</c>) down while the API is up: a refresh or a connect fails
/// with a typed error, and a 5xx from it is never taken for a revoked grant (the connection stays usable).
/// </summary>
[Collection(FaultSuiteTests.Name)]
public sealed class TokenEndpointDownTests(FaultSuiteFixture fixture)
{
    [Theory]
    [InlineData("5xx")]
    [InlineData("reset")]
    public async Task A_refresh_against_a_dead_token_endpoint_is_UPSTREAM_UNAVAILABLE_and_the_connection_survives(string mode)
    {
        var user = SandboxDemoUsers.Business;
        await ExpireAccessTokenAsync(user);
        await using var faults = fixture.Begin(mode == "5xx"
            ? new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["oauth/token"] }
            : new SandboxFaultSettings { ResetRate = 1, OperationIds = ["oauth/token"] });

        var body = await fixture.QueryAsync(user, "{ me { username } }");

        body.FirstErrorCode().ShouldBe("UPSTREAM_UNAVAILABLE");
        fixture.Counters.CountOf("oauth/token").ShouldBeGreaterThanOrEqualTo(1);
        fixture.Counters.CountOf("user_account/get").ShouldBe(0, "no API call with an expired token");
        (await FindAsync(user)).Status.ShouldBe(AccountLinkStatus.Connected);

        await faults.ShouldRecoverAsync();
        // Token refresh may answer from a short cool-down right after a failure: the same connection must work again
        // within a few seconds, without a reconnect.
        (await EventuallyAsync(user, "{ me { username } }")).At("data.me.username").GetString().ShouldBe(user);
    }

    [Fact]
    public async Task A_connect_whose_code_exchange_fails_is_a_typed_error_and_connects_nothing()
    {
        var caller = "faults-connect-" + Guid.NewGuid().ToString("N");
        using var app = fixture.Factory.CreateClientFor(caller);
        await using var faults = fixture.Begin(new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["oauth/token"] });

        var completed = await ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Curator);

        completed.ShouldHaveNoErrors();
        completed.At("data.completePinterestConnection.connection").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        // The completion's own typed error (its payload's documented codes), not a transport error or INTERNAL_ERROR.
        var error = completed.At("data.completePinterestConnection.errors")[0];
        error.GetProperty("code").GetString().ShouldBe("CONNECT_EXCHANGE_FAILED");
        fixture.Counters.CountOf("oauth/token").ShouldBe(1);
        (await fixture.QueryAsync(caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("NOT_CONNECTED");
        await faults.ShouldRecoverAsync();
    }

    private async Task<System.Text.Json.JsonElement> EventuallyAsync(string user, string query)
    {
        for (var attempt = 0; ; attempt++)
        {
            var body = await fixture.QueryAsync(user, query);
            if (!body.TryGetProperty("errors", out _) || attempt == 20)
            {
                return body;
            }

            await Task.Delay(500);
        }
    }

    private async Task<PinterestAccountLink> FindAsync(string user)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", user), default))!;
    }

    private async Task ExpireAccessTokenAsync(string user)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        // A fresh connection first, so each case starts from a valid refresh token whatever ran before.
        await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(user, null, default);
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var connection = await store.FindAsync(new AccountLinkKey("", user), default);
        await store.SaveAsync(connection!.Key, connection.Tokens with { AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-5) }, default);
    }
}
