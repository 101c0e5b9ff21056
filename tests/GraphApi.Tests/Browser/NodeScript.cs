using System.Diagnostics;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Browser;

/// <summary>Runs one of the Node.js scripts beside the tests and reads the JSON report it prints.</summary>
internal static class NodeScript
{
    public static string Folder(string name) => RepositoryRoot.Combine("tests", "GraphApi.Tests", name);

    public static string ArtifactsFolder => RepositoryRoot.Combine("tests", "GraphApi.Tests", "test-artifacts");

    /// <summary>
    /// Skips locally when a prerequisite is missing, with the reason; under CI (CI set) a missing prerequisite fails,
    /// because .ci/run installs them all.
    /// </summary>
    public static void RequireOrSkip(params (bool Present, string Missing)[] prerequisites)
    {
        var missing = prerequisites.Where(p => !p.Present).Select(p => p.Missing).ToList();
        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        Skip.If(missing.Count > 0 && !inCi, string.Join("; ", missing));
        missing.ShouldBeEmpty("CI installs every prerequisite of the browser and conformance tests");
    }

    public static async Task<JsonElement> RunAsync(string folder, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
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
            throw;
        }

        process.ExitCode.ShouldBe(0, $"node {string.Join(' ', arguments)} failed: {await stderr}");
        using var document = JsonDocument.Parse(await stdout);
        return document.RootElement.Clone();
    }
}
