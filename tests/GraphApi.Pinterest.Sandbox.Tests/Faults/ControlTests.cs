using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox.Tests.Faults;

public sealed class ControlTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxHost _host = fixture.Host;

    // The host is shared by the class; every test starts with no faults and zeroed counters.
    public Task InitializeAsync() => _host.ClearControlsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Counters_count_calls_per_operation_id_and_reset()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}");
        await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}");
        await client.GetJsonAsync("v5/pins");

        var counters = await client.GetJsonAsync("_control/counters");
        using var reset = await client.DeleteAsync(new Uri("_control/counters", UriKind.Relative));
        var afterReset = await client.GetJsonAsync("_control/counters");

        counters["boards/get"]!.GetValue<long>().ShouldBe(2);
        counters["pins/list"]!.GetValue<long>().ShouldBe(1);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        afterReset.AsObject().Count.ShouldBe(0);
    }

    [Fact]
    public async Task Counters_are_readable_in_process()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var counters = _host.Services.GetRequiredService<ISandboxCallCounters>();
        counters.Reset();

        await client.GetJsonAsync("v5/user_account");

        counters.CountOf("user_account/get").ShouldBe(1);
        counters.CountOf("boards/get").ShouldBe(0);
    }

    [Theory]
    [InlineData("GET", "_control/counters")]
    [InlineData("DELETE", "_control/counters")]
    [InlineData("GET", "_control/faults")]
    [InlineData("PUT", "_control/faults")]
    [InlineData("DELETE", "_control/faults")]
    [InlineData("POST", "_control/reset")]
    public async Task Controls_answer_404_to_non_loopback_callers(string method, string url)
    {
        _host.RemoteCaller = IPAddress.Parse("203.0.113.7");
        try
        {
            using var client = _host.CreateClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = HttpJson.Body(new { latency_ms = 1 }) };

            using var response = await client.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        finally
        {
            _host.RemoteCaller = null;
        }
    }
}
