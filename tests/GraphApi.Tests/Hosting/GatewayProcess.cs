using System.Diagnostics;
using System.Text;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Hosting;

/// <summary>
/// Starts the built GraphApi.dll as its own process (dotnet exec), from any working directory, with environment
/// settings: what an operator sees on stderr, stdout and in the exit code.
/// </summary>
public static class GatewayProcess
{
    public sealed record Outcome(int? ExitCode, string StdOut, string StdErr, bool Started);

    /// <summary>The GraphApi.dll built next to this test assembly's configuration (Debug/Release).</summary>
    public static string DllPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepositoryRoot.Combine("src", "GraphApi", "bin", configuration, "net10.0", "GraphApi.dll");
        }
    }

    /// <summary>
    /// Runs until the process exits or its banner says it is serving (then it is stopped); a generous bound keeps
    /// a hung start from hanging the test run.
    /// </summary>
    public static async Task<Outcome> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(DllPath);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Only what the test says: no inherited ASPNETCORE_/DOTNET_ settings that would change the start.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            if (e.Data?.Contains("GraphQL IDE", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(exited, started.Task);
        var wasStarted = first == started.Task;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        lock (stdout)
        {
            lock (stderr)
            {
                return new Outcome(wasStarted ? null : process.ExitCode, stdout.ToString(), stderr.ToString(), wasStarted);
            }
        }
    }
}
