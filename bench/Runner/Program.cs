using System.Runtime.InteropServices;
using GraphApi.Bench.Runner;

// bench/run.sh builds Release and runs this from the repository root. Exit codes: 0 measured (targets are reported,
// not enforced), 1 a failed request, differing answers or a process that would not start, 2 bad arguments,
// 130 interrupted. The servers it started are stopped in every case.
var root = Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(root, "GraphApi.sln")))
{
    Console.Error.WriteLine("Run from the repository root (bench/run.sh does).");
    return 2;
}

RunOptions options;
try
{
    options = RunOptions.Parse(args, root);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var interrupted = new CancellationTokenSource();

// Ctrl-C, kill and a closed terminal all cancel the run instead of ending the process at once, so the runner's
// disposal stops every server it started rather than leaving them bound to their ports.
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupt);

var temp = Directory.CreateTempSubdirectory("graphapi-bench-").FullName;
// Logs of a failed run are kept for reading; a measured or interrupted run leaves nothing behind.
var keepTemp = true;
try
{
    Report report;
    await using (var runner = new Runner(options, temp))
    {
        report = await runner.RunAsync(interrupted.Token);
    }

    var markdown = report.ToMarkdown(Machine.Describe(), Machine.Commit(root));
    Console.WriteLine(markdown);
    var results = Directory.CreateDirectory(Path.Combine(root, "bench", "results")).FullName;
    // A two-instance run has a file of its own: the day's single-instance table is not overwritten by it.
    var topology = options.Topology == Topology.TwoInstances ? "-two-instances" : "";
    var file = Path.Combine(results, $"{DateTime.UtcNow:yyyy-MM-dd}-{Machine.Name()}{topology}.md");
    await File.WriteAllTextAsync(file, markdown);
    Progress.Step($"written to {Path.GetRelativePath(root, file)}");
    keepTemp = false;
    return 0;
}
catch (BenchFailure ex)
{
    Console.Error.WriteLine($"BENCHMARK FAILED: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    keepTemp = false;
    Console.Error.WriteLine("Interrupted: every server the runner started was stopped.");
    return 130;
}
catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException or System.Text.Json.JsonException or System.ComponentModel.Win32Exception)
{
    // A server stopped answering or timed out, a tool is missing, /proc could not be read: the same loud failure,
    // with the cause, rather than a stack trace.
    Console.Error.WriteLine($"BENCHMARK FAILED: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
finally
{
    if (keepTemp)
    {
        Console.Error.WriteLine($"Logs kept in {temp}");
    }
    else
    {
        try
        {
            Directory.Delete(temp, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"{temp} could not be removed.");
        }
    }
}

void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    interrupted.Cancel();
}
