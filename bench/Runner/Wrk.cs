using System.Diagnostics;
using System.Globalization;

namespace GraphApi.Bench.Runner;

/// <summary>One wrk load (2 threads, keep-alive connections on 127.0.0.1) with post.lua, which counts failed answers.</summary>
internal static class Wrk
{
    public static async Task<WrkResult> RunAsync(Uri url, string bodyFile, string token, int connections, int seconds, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", Path.Combine(AppContext.BaseDirectory, "post.lua"), url.AbsoluteUri })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["BODY_FILE"] = bodyFile;
        info.Environment["TOKEN"] = token;
        using var wrk = Process.Start(info) ?? throw new BenchFailure("wrk did not start (apt-get install wrk).");
        try
        {
            var output = wrk.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = wrk.StandardError.ReadToEndAsync(cancellationToken);
            await wrk.WaitForExitAsync(cancellationToken);
            var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
                ?? throw new BenchFailure($"wrk printed no result (exit {wrk.ExitCode}): {await errors}");
            return WrkResult.Parse(line);
        }
        finally
        {
            if (!wrk.HasExited)
            {
                wrk.Kill();
            }
        }
    }
}

internal sealed record WrkResult(long Requests, long Non200, long GraphQLErrors, long SocketErrors, double P50Ms, double P99Ms, double Seconds)
{
    public double RequestsPerSecond => Requests / Seconds;

    public long Failures => Non200 + GraphQLErrors + SocketErrors;

    public static WrkResult Parse(string line)
    {
        var values = line["RESULT ".Length..].Trim().Split(' ')
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new WrkResult(
            values["requests"],
            values["non200"],
            values["graphqlErrors"],
            values["socketErrors"],
            values["p50us"] / 1000.0,
            values["p99us"] / 1000.0,
            values["durationUs"] / 1e6);
    }
}
