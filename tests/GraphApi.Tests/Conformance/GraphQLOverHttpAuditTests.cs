using System.Diagnostics;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Tests.Conformance;

/// <summary>
/// Runs the graphql-http audit suite (npm graphql-http 1.23.1, <c>auditServer</c>) with Node.js against the
/// real host listening on 127.0.0.1, so what is checked is exactly what a client on the network sees. Every audit
/// request carries a valid caller token: the audit checks the protocol, not authentication.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    private static readonly string AuditFolder = RepositoryRoot.Combine("tests", "GraphApi.Tests", "Conformance");

    [SkippableFact]
    public async Task Audit_passes_every_must_and_should()
    {
        var ready = File.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http", "package.json"));
        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        Skip.If(!ready && !inCi, $"Node.js packages are missing: run `npm ci` in {AuditFolder} (the build does it when npm is on PATH).");
        ready.ShouldBeTrue($"CI must install the audit's npm packages in {AuditFolder}.");

        using var factory = new GraphApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var report = await RunAuditAsync($"{address}/graphql");
        var summary = report.GetProperty("summary");
        output.WriteLine($"graphql-http audit: {summary}");
        foreach (var failed in report.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("status").GetString() != "ok"))
        {
            output.WriteLine(failed.ToString());
        }

        Count(summary, "must", "ok").ShouldBe(13);
        Count(summary, "must", "total").ShouldBe(13);
        Count(summary, "should", "ok").ShouldBe(23);
        Count(summary, "should", "total").ShouldBe(23);
    }

    private static int Count(JsonElement summary, string level, string status) =>
        summary.GetProperty(level).TryGetProperty(status, out var value) ? value.GetInt32() : 0;

    private static async Task<JsonElement> RunAuditAsync(string url)
    {
        var start = new ProcessStartInfo("node", ["audit.mjs", url, $"Authorization: Bearer {TestTokens.Create()}"])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, $"node audit.mjs failed: {await stderr}");
        using var document = JsonDocument.Parse(await stdout);
        return document.RootElement.Clone();
    }
}
