using System.Net;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Faults;

/// <summary>Each switch, set through the loopback control endpoint, as a test or benchmark would.</summary>
public sealed class FaultTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxHost _host = fixture.Host;

    // The host is shared by the class; every test starts with no faults and zeroed counters.
    public Task InitializeAsync()
    {
        fixture.Time.Clear();
        return _host.ClearControlsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Latency_delays_responses()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { latency_ms = 300, jitter_ms = 50 });

        fixture.Time.Clear();
        (await client.GetJsonAsync("v5/user_account"))["username"]!.GetValue<string>().ShouldBe(SandboxDemoUsers.Pinner);

        // The sandbox's clock, not a stopwatch: it waited once, for the latency plus at most the jitter.
        fixture.Time.Delays.ShouldHaveSingleItem().TotalMilliseconds.ShouldBeInRange(300, 350);
    }

    [Fact]
    public async Task Error_rate_one_answers_every_call_with_the_configured_5xx()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { error_rate = 1.0, error_status_code = 502, operation_ids = new[] { "boards/list" } });

        using var failing = await client.GetAsync(new Uri("v5/boards", UriKind.Relative));
        using var unaffected = await client.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        failing.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await failing.JsonAsync()).Code().ShouldBe(502);
        unaffected.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Not_permitted_operations_answer_403_code_29_and_others_are_unaffected()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { not_permitted_operation_ids = new[] { "boards/list" } });

        using var refused = await client.GetAsync(new Uri("v5/boards", UriKind.Relative));
        using var unaffected = await client.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var error = await refused.JsonAsync();
        error.Code().ShouldBe(29);
        error["message"]!.GetValue<string>().ShouldBe("You are not permitted to access that resource.");
        unaffected.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Empty_not_permitted_operation_ids_are_refused()
    {
        using var client = _host.CreateClient();

        using var invalid = await client.PutAsync(new Uri("_control/faults", UriKind.Relative), HttpJson.Body(new { not_permitted_operation_ids = new[] { " " } }));

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Rate_limit_answers_429_code_8_after_n_calls_per_user_with_headers()
    {
        using var pinner = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        using var business = await _host.ClientForAsync(SandboxDemoUsers.Business, Scopes.All);
        await SetFaultsAsync(pinner, new { rate_limit = 2, rate_limit_window_seconds = 60 });

        using var first = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        using var second = await pinner.GetAsync(new Uri("v5/boards", UriKind.Relative));
        using var third = await pinner.GetAsync(new Uri("v5/user_account", UriKind.Relative));
        using var otherUser = await business.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        first.Headers.GetValues("x-ratelimit-limit").Single().ShouldBe("2");
        first.Headers.GetValues("x-ratelimit-remaining").Single().ShouldBe("1");
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await third.JsonAsync()).Code().ShouldBe(8);
        third.Headers.GetValues("x-ratelimit-remaining").Single().ShouldBe("0");
        int.Parse(third.Headers.GetValues("x-ratelimit-reset").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        third.Headers.RetryAfter.ShouldNotBeNull();
        otherUser.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_json_rate_one_cuts_bodies_off()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { malformed_json_rate = 1.0 });

        using var response = await client.GetAsync(new Uri("v5/boards", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        Should.Throw<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Malformed_json_leaves_bodiless_responses_alone()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Curator, Scopes.All);
        using var created = await client.PostJsonAsync("v5/boards", new { name = "To delete" });
        var boardId = (await created.JsonAsync())["id"]!.GetValue<string>();
        await SetFaultsAsync(client, new { malformed_json_rate = 1.0 });

        using var deleted = await client.DeleteAsync(new Uri($"v5/boards/{boardId}", UriKind.Relative));

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Stalls_hold_the_response_until_the_client_gives_up()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { stall_rate = 1.0 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Should.ThrowAsync<OperationCanceledException>(() => client.GetAsync(new Uri("v5/user_account", UriKind.Relative), timeout.Token));
    }

    [Fact]
    public async Task Bounded_stalls_answer_late_but_answer()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { stall_rate = 1.0, stall_ms = 200 });

        fixture.Time.Clear();
        (await client.GetJsonAsync("v5/user_account"))["username"]!.GetValue<string>().ShouldBe(SandboxDemoUsers.Pinner);

        fixture.Time.Delays.ShouldHaveSingleItem().ShouldBe(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Faults_can_be_read_back_cleared_and_invalid_ones_are_refused()
    {
        using var client = _host.CreateClient();
        await SetFaultsAsync(client, new { latency_ms = 5 });

        var current = await client.GetJsonAsync("_control/faults");
        using var invalid = await client.PutAsync(new Uri("_control/faults", UriKind.Relative), HttpJson.Body(new { error_rate = 2.0 }));
        using var cleared = await client.DeleteAsync(new Uri("_control/faults", UriKind.Relative));
        var after = await client.GetJsonAsync("_control/faults");

        current["latency_ms"]!.GetValue<int>().ShouldBe(5);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        cleared.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after["latency_ms"]!.GetValue<int>().ShouldBe(0);
    }

    private static async Task SetFaultsAsync(HttpClient client, object faults)
    {
        using var response = await client.PutAsync(new Uri("_control/faults", UriKind.Relative), HttpJson.Body(faults));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
