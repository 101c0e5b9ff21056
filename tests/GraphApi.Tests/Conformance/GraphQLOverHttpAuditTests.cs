using System.Text.Json;
using GraphApi.Tests.Browser;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Conformance;

/// <summary>
/// Runs the graphql-http audit suite (npm graphql-http 1.23.1, <c>auditServer</c>) with Node.js against the
/// real host listening on 127.0.0.1, so what is checked is exactly what a client on the network sees. Every audit
/// request carries a valid caller token: the audit checks the protocol, not authentication.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Audit_passes_every_must_and_should()
    {
        var folder = NodeScript.Folder("Conformance");
        NodeScript.RequireOrSkip((File.Exists(Path.Combine(folder, "node_modules", "graphql-http", "package.json")), $"npm packages are missing in {folder} (npm ci)"));
        using var factory = new SandboxGatewayFactory();

        var report = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(2), "audit.mjs", $"{factory.Address.ToString().TrimEnd('/')}/graphql", $"Authorization: Bearer {TestTokens.Create()}");
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
}
