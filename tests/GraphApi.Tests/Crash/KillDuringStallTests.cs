using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Crash;

/// <summary>kill -9 of the gateway process at chosen moments, then a restart on the same data folder.</summary>
public sealed class KillDuringStallTests(CrashHarness harness) : IClassFixture<CrashHarness>
{
    private const string User = "crash-user";

    [Fact]
    public async Task Killed_while_a_query_is_stalled_upstream_the_restarted_gateway_serves_the_same_connection_without_reconnecting()
    {
        await harness.ConnectAsync(User, SandboxDemoUsers.Pinner);
        (await harness.QueryAsync(User, "{ me { username } }")).At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Pinner, harness.Diagnostics);
        await harness.SetFaultsAsync(new SandboxFaultSettings { StallRate = 1, StallMs = 0, OperationIds = ["user_account/get"] });
        await harness.ResetCountersAsync();

        using var client = harness.CreateClientFor(User);
        var stalled = client.SendAsync(GraphQLHttp.PostQuery("{ me { username } }"));
        await harness.WaitForCallsAsync("user_account/get");
        harness.KillGateway();

        // The caller sees its connection drop, never an answer made up by a dying process.
        await Should.ThrowAsync<HttpRequestException>(stalled);
        await harness.ClearFaultsAsync();
        await harness.RestartGatewayAsync();

        var body = await harness.QueryAsync(User, "{ me { username } pinterestConnection { status } }");
        body.ShouldHaveNoErrors();
        body.At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
        body.At("data.pinterestConnection.status").GetString().ShouldBe("CONNECTED");
        // The stored tokens decrypted after the restart (keys on disk): no refresh and no new consent were needed.
        var counters = await harness.CountersAsync();
        counters.GetValueOrDefault("oauth/token").ShouldBe(0);
        counters.GetValueOrDefault("user_account/get").ShouldBe(2);
        harness.Gateway.Output.ShouldNotContain("INTERNAL_ERROR");
        harness.Gateway.Output.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task Killed_while_the_code_exchange_is_stalled_the_caller_is_not_half_connected_and_connects_again_after_restart()
    {
        const string Caller = "crash-connect-user";
        using var app = harness.CreateClientFor(Caller);
        await harness.SetFaultsAsync(new SandboxFaultSettings { StallRate = 1, StallMs = 0, OperationIds = ["oauth/token"] });
        await harness.ResetCountersAsync();

        var connecting = ConsentFlow.ConnectAsync(app, SandboxDemoUsers.Curator);
        await harness.WaitForCallsAsync("oauth/token");
        harness.KillGateway();

        await Should.ThrowAsync<HttpRequestException>(connecting);
        await harness.ClearFaultsAsync();
        await harness.RestartGatewayAsync();

        (await harness.QueryAsync(Caller, "{ pinterestConnection { status } }")).At("data.pinterestConnection.status").GetString().ShouldBe("NOT_CONNECTED", harness.Diagnostics);
        await harness.ConnectAsync(Caller, SandboxDemoUsers.Curator);
        (await harness.QueryAsync(Caller, "{ me { username } }")).At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Curator);
        harness.Gateway.Output.ShouldNotContain("INTERNAL_ERROR");
        harness.Gateway.Output.ShouldNotContain("Unhandled exception");
    }
}
