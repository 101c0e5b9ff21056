using System.Diagnostics;
using System.Text.Json;
using GraphApi.Tests.Browser;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// One of the frontend client projects under <c>examples/</c>, built and run the way its README tells a developer to:
/// <c>npm run --silent SCRIPT</c> with <c>GRAPHAPI_URL</c> pointing at a running gateway. The run script prints one
/// JSON report as its last stdout line, which the test asserts on.
/// </summary>
internal sealed class ExampleProject(string name)
{
    public string Folder { get; } = RepositoryRoot.Combine("examples", name);

    /// <summary>Skips locally when the example's npm packages are not installed; fails under CI, which installs them.</summary>
    public void RequireInstalled() =>
        NodeScript.RequireOrSkip(
            (Directory.Exists(Path.Combine(Folder, "node_modules")), $"npm packages are missing in {Folder} (npm ci)"));

    /// <summary>Runs an npm script and returns its stdout; a non-zero exit fails with stderr and stdout.</summary>
    public async Task<string> RunAsync(string script, TimeSpan timeout, params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("npm", ["run", "--silent", script])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm run {script} in {Folder} took longer than {timeout}.");
        }

        var output = await stdout;
        process.ExitCode.ShouldBe(0, $"npm run {script} in {Folder} failed.\nstderr:\n{await stderr}\nstdout:\n{output}");
        return output;
    }

    /// <summary>Runs an npm script against the gateway at <paramref name="gateway"/> and parses its last stdout line as JSON.</summary>
    public async Task<JsonElement> RunReportAsync(string script, Uri gateway, TimeSpan timeout, params (string Key, string Value)[] environment)
    {
        var output = await RunAsync(script, timeout, [("GRAPHAPI_URL", gateway.ToString().TrimEnd('/')), .. environment]);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"npm run {script} printed nothing.");
        using var document = JsonDocument.Parse(last);
        return document.RootElement.Clone();
    }
}
