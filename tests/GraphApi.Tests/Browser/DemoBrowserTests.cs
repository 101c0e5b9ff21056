using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Browser;

/// <summary>
/// The demo app in headless Chromium against the gateway on Kestrel, as a person uses it: sign in, connect through
/// the sandbox consent page and /integration-callback, boards grid, open a board, create a pin, disconnect.
/// </summary>
public sealed class DemoBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly SandboxGatewayFactory _factory = SandboxGatewayFactory.SelfIssuing();

    public void Dispose() => _factory.Dispose();

    [SkippableFact]
    public async Task A_person_connects_pinterest_browses_boards_creates_a_pin_and_disconnects()
    {
        var folder = NodeScript.Folder("Browser");
        NodeScript.RequireOrSkip(
            (File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium)"),
            (Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")), $"npm packages are missing in {folder} (npm ci)"));

        var report = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(3), "demo.mjs", _factory.Address.ToString().TrimEnd('/'), NodeScript.ArtifactsFolder);
        output.WriteLine(report.ToString());

        report.TryGetProperty("error", out var error).ShouldBeFalse($"{error} (notice: {(report.TryGetProperty("notice", out var notice) ? notice : default)})");
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(
            ["signed in", "consent page shown", "connected", "boards shown", "board opened", "pin created", "disconnected"]);
        report.GetProperty("consentPath").GetString().ShouldBe("/sandbox/pinterest/oauth/");
        report.GetProperty("returnedTo").GetString().ShouldBe("/");
        report.GetProperty("completionLeftInUrl").GetBoolean().ShouldBeFalse("the app removes the completion id from the address bar");
        report.GetProperty("boardCount").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("boardImages").GetInt32().ShouldBe(report.GetProperty("boardCount").GetInt32(), "every board tile shows a pin image");
        report.GetProperty("pinsAfter").GetInt32().ShouldBe(report.GetProperty("pinsBefore").GetInt32() + 1);
        report.GetProperty("createErrors").GetString().ShouldBeNullOrEmpty();
        report.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, "the demo must work offline");
        report.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
        _factory.Counters.CountOf("pins/create").ShouldBe(1);
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
    }
}
