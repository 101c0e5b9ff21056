using System.Net;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Faults;

/// <summary>The 429-storm, reset and apply-then-fail switches at the sandbox's own surface: what is answered and what is written.</summary>
public sealed class NewFaultSwitchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxHost _host = fixture.Host;

    public Task InitializeAsync() => _host.ClearControlsAsync();

    public Task DisposeAsync() => _host.ClearControlsAsync();

    [Fact]
    public async Task Rate_limit_rate_one_answers_429_code_8_with_the_configured_retry_after_whatever_the_window()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        await SetFaultsAsync(client, new { rate_limit_rate = 1.0, retry_after_seconds = 7, operation_ids = new[] { "boards/list" } });

        using var limited = await client.GetAsync(new Uri("v5/boards", UriKind.Relative));
        using var unaffected = await client.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.JsonAsync()).Code().ShouldBe(8);
        limited.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        limited.Headers.GetValues("x-ratelimit-remaining").Single().ShouldBe("0");
        unaffected.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("error")]
    [InlineData("malformed")]
    [InlineData("reset")]
    public async Task Apply_then_fail_commits_the_pin_and_loses_the_answer(string mode)
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var title = "apply then " + mode + " " + Guid.NewGuid().ToString("N");
        var pin = ContractCases.NewPin();
        pin["title"] = title;
        await SetFaultsAsync(client, new { apply_then_fail_rate = 1.0, apply_then_fail_mode = mode, operation_ids = new[] { "pins/create" } });

        var answer = await TrySendAsync(() => client.PostAsync(new Uri("v5/pins", UriKind.Relative), HttpJson.Body(pin)));

        switch (mode)
        {
            case "error":
                answer!.Value.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
                break;
            case "malformed":
                answer!.Value.Status.ShouldBe(HttpStatusCode.OK);
                Should.Throw<JsonException>(() => JsonDocument.Parse(answer.Value.Body));
                break;
            default:
                answer.ShouldBeNull("the connection was cut: no answer at all");
                break;
        }

        await _host.ClearControlsAsync();
        (await PinsTitledAsync(client, title)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reset_before_the_response_cuts_the_connection_and_writes_nothing()
    {
        using var client = await _host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var title = "reset " + Guid.NewGuid().ToString("N");
        var pin = ContractCases.NewPin();
        pin["title"] = title;
        await SetFaultsAsync(client, new { reset_rate = 1.0, operation_ids = new[] { "pins/create" } });

        var answer = await TrySendAsync(() => client.PostAsync(new Uri("v5/pins", UriKind.Relative), HttpJson.Body(pin)));

        answer.ShouldBeNull();
        await _host.ClearControlsAsync();
        (await PinsTitledAsync(client, title)).ShouldBe(0);
    }

    /// <summary>The status and body, or null when the connection was cut (however the transport reports it).</summary>
    private static async Task<(HttpStatusCode Status, string Body)?> TrySendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task<int> PinsTitledAsync(HttpClient client, string title) =>
        (await client.GetJsonAsync($"v5/boards/{SeedIds.DinnersBoard}/pins?page_size=250")).Items().Count(p => p["title"]?.GetValue<string>() == title);

    private static async Task SetFaultsAsync(HttpClient client, object faults)
    {
        using var response = await client.PutAsync(new Uri("_control/faults", UriKind.Relative), HttpJson.Body(faults));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
