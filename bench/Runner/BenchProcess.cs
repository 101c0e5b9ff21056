using System.Diagnostics;
using System.Globalization;

namespace GraphApi.Bench.Runner;

/// <summary>
/// A server the runner started (static upstream, baseline, gateway): its output goes to a log file in the run's temp
/// folder (never to the console: the gateway logs would drown the progress lines), and it is killed on dispose, which
/// the runner reaches on success, failure and Ctrl-C alike.
/// </summary>
internal sealed class BenchProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BenchProcess(string name, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    /// <summary>Where it listens, when the runner needs to name it to another process (the proxy's destinations).</summary>
    public Uri? Origin { get; set; }

    public static BenchProcess Start(string name, string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        if (!File.Exists(dll))
        {
            throw new BenchFailure($"{name}: {dll} is missing; bench/run.sh builds it (dotnet build -c Release).");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The runner's own environment may carry ASPNETCORE_URLS or log levels from the shell: each server gets
        // exactly what the run says instead.
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_URLS");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var logPath = Path.Combine(logFolder, $"{name}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new BenchFailure($"{name} did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchProcess(name, process, log, logPath);
    }

    /// <summary>Polls <paramref name="probe"/> until it answers with any HTTP status; fails with the log's tail if the process exits.</summary>
    public async Task WaitUntilAnsweringAsync(HttpClient http, Uri probe, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new BenchFailure($"{Name} exited with code {_process.ExitCode} before answering. Its log ({LogPath}) ends with:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(probe, cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        throw new BenchFailure($"{Name} did not answer {probe} within 60 s. Its log: {LogPath}");
    }

    /// <summary>User + system CPU time so far, from /proc/PID/stat (fields 14 and 15, in clock ticks).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");

        // The command name (field 2) is in parentheses and may contain spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / ClockTicks.PerSecond);
    }

    /// <summary>Peak resident set size (VmHWM) since the start or the last <see cref="ResetPeakMemory"/>, in bytes.</summary>
    public long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new BenchFailure($"/proc/{_process.Id}/status has no VmHWM line.");
    }

    /// <summary>
    /// Resets VmHWM to the current RSS (writing 5 to /proc/PID/clear_refs, Linux 4.0+), so each scenario reports its
    /// own peak rather than the largest one so far. False when the kernel or the permissions refuse.
    /// </summary>
    public bool ResetPeakMemory()
    {
        try
        {
            File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Progress.Step($"could not stop {Name} (pid {_process.Id}): {ex.Message}");
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private string Tail()
    {
        lock (_log)
        {
            _log.Flush();
        }

        var lines = File.ReadAllLines(LogPath);
        return string.Join('\n', lines.TakeLast(15));
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
