using System.Diagnostics;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Telemetry;

namespace GraphApi.Tests.Sandbox;

/// <summary>
/// The emulator mounted in sandbox mode stands in for Pinterest: the client's calls to it carry Pinterest-style
/// tokens, which caller authentication must not try (JwtBearer would log a failure per call), and its requests are
/// not traced as the gateway's own. Both rules reach the gateway through <c>EmbeddedUpstream</c> only.
/// </summary>
public sealed class EmbeddedUpstreamTests : IAsyncLifetime, IDisposable
{
    private const string JwtBearer = "Microsoft.AspNetCore.Authentication.JwtBearer";

    // JwtBearer's failures are Information lines, below the Microsoft.AspNetCore=Warning default: turned on so they show.
    private readonly TracedSandbox _sandbox = new(("Logging:LogLevel:Microsoft.AspNetCore.Authentication", "Information"));

    public Task InitializeAsync() => _sandbox.Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Calls_to_the_mounted_emulator_are_neither_caller_authenticated_nor_traced()
    {
        var (traceParent, traceId) = TracedSandbox.NewTraceParent();
        using var pinner = _sandbox.CreateClientFor(SandboxDemoUsers.Pinner);
        using var request = GraphQLHttp.PostQuery("{ me { username boards(first: 5) { nodes { id } } } }");
        request.Headers.Add("traceparent", traceParent);

        var body = await (await pinner.SendAsync(request)).ReadJsonAsync();
        var own = await _sandbox.TraceAsync(traceId);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        _sandbox.Received.ShouldContain(r => r.Path.StartsWith("/sandbox/pinterest/v5/", StringComparison.Ordinal), "the query reached the emulator");
        own.ShouldContain(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/graphql");
        ServerSpanPaths().ShouldNotContain(path => path.StartsWith("/sandbox/pinterest", StringComparison.Ordinal));
        JwtBearerLines().ShouldBeEmpty();

        // The same log check sees a failure where caller authentication does run: it is not blind.
        using var stranger = _sandbox.CreateBrowser();
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", "pina_not-a-caller-jwt");
        await stranger.SendAsync(GraphQLHttp.PostQuery("{ gateway { name } }"));
        JwtBearerLines().ShouldNotBeEmpty();
    }

    private List<string> ServerSpanPaths()
    {
        lock (_sandbox.Spans)
        {
            return [.. _sandbox.Spans.Where(s => s.Kind == ActivityKind.Server).Select(s => (string?)s.GetTagItem("url.path") ?? "")];
        }
    }

    private List<string> JwtBearerLines() => [.. _sandbox.Factory.Logs.Lines.Where(line => line.Contains(JwtBearer, StringComparison.Ordinal) && line.Contains("Failed", StringComparison.Ordinal))];
}
