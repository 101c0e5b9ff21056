namespace GraphApi.Tests.Hosting;

/// <summary>
/// The real process, started from another working directory: a bad setting prints its message alone on stderr
/// and exits 1; a good start finds appsettings.json and the data folder in the app's folder.
/// </summary>
public sealed class StartupProcessTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("graphapi-cwd-").FullName;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "graphapi-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(_elsewhere, recursive: true);
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    public static TheoryData<string, string[], string> BadSettings => new()
    {
        { "a ClientId on the sandbox", ["Pinterest__ClientId=1234567"], "Pinterest:ClientId is set but Upstream:Mode is not Pinterest: set Upstream:Mode=Pinterest" },
        {
            "Pinterest mode with half the settings",
            ["Upstream__Mode=Pinterest", "Pinterest__ClientSecret=process-test-secret-value"],
            "Upstream:Mode=Pinterest also needs: Pinterest:ClientId; Pinterest:RedirectUri; Authentication:Authority"
        },
        { "an unknown mode", ["Upstream__Mode=Production"], "Upstream:Mode must be Sandbox (the default) or Pinterest." },
        { "a malformed connection string", ["Storage__ConnectionString=Data Source=x.db;Bogus=process-test-secret-value"], "Storage:ConnectionString is not a valid SQLite connection string" },
        {
            "a malformed URL",
            ["Upstream__Mode=Pinterest", "Pinterest__ClientId=1234567", "Pinterest__ClientSecret=process-test-secret-value", "Pinterest__RedirectUri=https://gateway.example.com/integration-callback", "Authentication__Authority=https://id.example.com/", "Pinterest__ApiBaseUrl=http://[process-test-secret-value"],
            "Pinterest:ApiBaseUrl is not a valid URL."
        },
        { "an options validation failure", ["GraphQL__Http__MaxBatchSize=0"], "GraphQL:Http:MaxBatchSize must be between 1 and 100." },
        { "a short signing key", ["Authentication__Issuer=me", "Authentication__SigningKey=cHJvY2Vzcy10ZXN0"], "Authentication:SigningKey must be base64 of at least 32 bytes" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_start_with_its_message_and_no_stack_trace(string because, string[] settings, string message)
    {
        var environment = settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        environment["Storage__DataDirectory"] = _data;

        var outcome = await GatewayProcess.RunAsync(_elsewhere, environment);

        outcome.Started.ShouldBeFalse(because);
        outcome.ExitCode.ShouldBe(1, because);
        outcome.StdErr.ShouldContain("GraphApi cannot start: the configuration needs fixing.");
        outcome.StdErr.ShouldContain(message, Case.Sensitive, because);
        var everything = outcome.StdErr + outcome.StdOut;
        everything.ShouldNotContain("Unhandled exception");
        everything.ShouldNotContain("   at ");
        everything.ShouldNotContain("process-test-secret-value");
    }

    [Fact]
    public async Task Started_from_another_directory_it_uses_the_apps_folder_as_content_root()
    {
        var outcome = await GatewayProcess.RunAsync(_elsewhere, new Dictionary<string, string> { ["Storage__DataDirectory"] = _data });

        outcome.Started.ShouldBeTrue(outcome.StdErr + outcome.StdOut);
        var projectFolder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(GatewayProcess.DllPath))))!;
        outcome.StdOut.ShouldContain($"Content root path: {projectFolder}");
        outcome.StdOut.ShouldNotContain(_elsewhere);
        Directory.EnumerateFileSystemEntries(_elsewhere).ShouldBeEmpty();
    }
}
