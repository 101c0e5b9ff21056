using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Browser;

/// <summary>
/// The integration admin page (/admin/) in headless Chromium against the gateway on Kestrel: sign in as the sandbox
/// admin, read the form, copy the redirect URI, test a wrong secret, save another app with its secret and an extra
/// scope, reload, test the saved pair. Writes docs/images/admin-portal.png when GRAPHAPI_UPDATE_SCREENSHOTS is set.
/// </summary>
public sealed class AdminBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string NewApp = "browser-admin-app";
    private const string NewSecret = "browser-admin-secret-3c81";

    private readonly SandboxGatewayFactory _factory = SandboxGatewayFactory.SelfIssuing(
        ("Sandbox:Apps:0:ClientId", NewApp), ("Sandbox:Apps:0:ClientSecret", NewSecret));

    public void Dispose() => _factory.Dispose();

    [SkippableFact]
    public async Task An_admin_reads_tests_and_saves_the_tenants_pinterest_app()
    {
        var folder = NodeScript.Folder("Browser");
        NodeScript.RequireOrSkip(
            (File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium)"),
            (Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")), $"npm packages are missing in {folder} (npm ci)"));
        string[] arguments = ["admin.mjs", _factory.Address.ToString().TrimEnd('/'), NodeScript.ArtifactsFolder, NewApp, NewSecret];
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GRAPHAPI_UPDATE_SCREENSHOTS")))
        {
            arguments = [.. arguments, RepositoryRoot.Combine("docs", "images", "admin-portal.png")];
        }

        var report = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(3), arguments);
        output.WriteLine(report.ToString());

        report.TryGetProperty("error", out var error).ShouldBeFalse($"{error} (notice: {(report.TryGetProperty("notice", out var notice) ? notice : default)})");
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(
            ["signed in", "form shown", "redirect uri copied", "wrong secret tested", "saved", "reloaded", "tested saved pair"]);
        report.GetProperty("clientId").GetString().ShouldBe("sandbox-client");
        report.GetProperty("secretPrefilled").GetString().ShouldBeEmpty();
        report.GetProperty("secretType").GetString().ShouldBe("password");
        report.GetProperty("redirectUri").GetString().ShouldBe(_factory.Address.ToString().TrimEnd('/') + "/integration-callback");
        report.GetProperty("copied").GetString().ShouldBe(report.GetProperty("redirectUri").GetString());
        report.GetProperty("scopeCount").GetInt32().ShouldBe(GraphApi.Pinterest.OAuth.PinterestScopes.All.Count);
        report.GetProperty("lockedScopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["boards:read", "pins:read", "user_accounts:read"]);
        report.GetProperty("tierLimits").GetString()!.ShouldContain("1,000 requests a day");
        report.GetProperty("wrongSecretResult").GetString()!.ShouldContain("BAD_SECRET");
        report.GetProperty("clientIdAfter").GetString().ShouldBe(NewApp);
        report.GetProperty("secretAfter").GetString().ShouldBeEmpty();
        report.GetProperty("secretPlaceholder").GetString()!.ShouldContain("saved");
        report.GetProperty("adsReadChecked").GetBoolean().ShouldBeTrue();
        report.GetProperty("tierAfter").GetString().ShouldBe("STANDARD");
        report.GetProperty("savedPairResult").GetString()!.ShouldContain("OK");
        report.GetProperty("pageHtmlHasSecret").GetBoolean().ShouldBeFalse();
        report.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, "the admin page must work offline");
        report.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
    }
}
