using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Browser;

/// <summary>Banana Cake Pop in headless Chromium against the gateway on Kestrel: it loads the schema and runs a query.</summary>
public sealed class IdeBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly SandboxGatewayFactory _factory = SandboxGatewayFactory.SelfIssuing();

    public void Dispose() => _factory.Dispose();

    [SkippableFact]
    public async Task The_ide_loads_the_schema_and_runs_a_query_offline()
    {
        var folder = NodeScript.Folder("Browser");
        NodeScript.RequireOrSkip(
            (File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium)"),
            (Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")), $"npm packages are missing in {folder} (npm ci)"),
            (File.Exists(Path.Combine(SandboxGatewayFactory.IdeAssetsFolder, "index.html")), "the Banana Cake Pop npm package is not restored"));

        var report = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(2), "ide.mjs", _factory.Address.ToString().TrimEnd('/'), NodeScript.ArtifactsFolder);
        output.WriteLine(report.ToString());

        report.TryGetProperty("error", out var error).ShouldBeFalse(error.ToString());
        report.GetProperty("landedOn").GetString().ShouldBe("/graphql/ui/");
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(["schema available", "query entered", "query ran"]);
        report.GetProperty("response").GetString()!.ShouldContain("\"upstream\": \"SANDBOX\"");
        report.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, "the IDE must work offline: " + report.GetProperty("foreignRequests"));
        File.Exists(Path.Combine(NodeScript.ArtifactsFolder, "ide-query.png")).ShouldBeTrue();
    }
}
