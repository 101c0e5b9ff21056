using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GraphApi.Bench.Runner;

/// <summary>
/// The whole benchmark: starts the static upstream, the baseline and the gateway (live mode) on 127.0.0.1, connects a
/// caller through the real OAuth flow, probes every scenario once (status, errors, upstream calls and waves, same
/// answer as the baseline), warms up, measures R alternating runs, probes the dashboard with injected latency, and
/// renders the table. Every process it started is stopped when it returns or throws.
/// </summary>
internal sealed class Runner(RunOptions options, string tempFolder) : IAsyncDisposable
{
    public const string GatewayName = "gateway";
    public const string BaselineName = "baseline";
    public const string ClusterName = "2 instances";

    private readonly List<BenchProcess> _processes = [];
    // Long enough for the dashboard at the largest --latency-ms (5 s) times its waves; wrk has its own timeout.
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(5) };
    private bool _cumulativePeakReported;

    private string Bin(string project, string assembly) =>
        Path.Combine(options.RepositoryRoot, project, "bin", "Release", "net10.0", assembly);

    public async Task<Report> RunAsync(CancellationToken cancellationToken)
    {
        var signingKey = CallerToken.NewSigningKey();
        var token = CallerToken.Create(signingKey, "bench-user", TimeSpan.FromHours(6));

        var upstream = await StartUpstreamAsync("upstream", latencyMs: null, cancellationToken);
        var baseline = await StartBaselineAsync(BaselineName, upstream, cancellationToken);
        var gateway = await StartGatewayAsync("gateway", upstream, signingKey, cancellationToken);
        Progress.Step("connecting the caller through the OAuth flow (connectPinterest, callback, completePinterestConnection)");
        await GatewayConnection.ConnectAsync(gateway.Origin, token, cancellationToken);
        var cluster = options.Topology == Topology.TwoInstances ? await StartClusterAsync(upstream, signingKey, cancellationToken) : null;
        if (cluster is not null)
        {
            Progress.Step("connecting the caller through the proxy (the flow's requests land on either instance)");
            await GatewayConnection.ConnectAsync(cluster.Origin, token, cancellationToken);
        }

        var scenarios = Scenario.All
            .Select(s => Scenario.Load(options.RepositoryRoot, tempFolder, s.Name, s.Title, s.BaselinePath))
            .ToList();
        var targets = new Dictionary<Scenario, List<Target>>();
        var probes = new Dictionary<(Scenario, string), UpstreamCalls>();
        foreach (var scenario in scenarios)
        {
            var gatewayProbe = await ProbeAsync(gateway, scenario, token, upstream, cancellationToken);
            probes[(scenario, GatewayName)] = gatewayProbe.Calls;
            targets[scenario] = [gateway];
            if (scenario.BaselinePath is not null && await HasRouteAsync(baseline, scenario, cancellationToken))
            {
                var baselineProbe = await ProbeAsync(baseline, scenario, token, upstream, cancellationToken);
                probes[(scenario, BaselineName)] = baselineProbe.Calls;
                if (!JsonNode.DeepEquals(gatewayProbe.Answer, baselineProbe.Answer))
                {
                    File.WriteAllText(Path.Combine(tempFolder, $"{scenario.Name}.gateway.json"), gatewayProbe.Answer.ToJsonString());
                    File.WriteAllText(Path.Combine(tempFolder, $"{scenario.Name}.baseline.json"), baselineProbe.Answer.ToJsonString());
                    throw new BenchFailure($"{scenario.Name}: the gateway's and the baseline's answers differ (both written to {tempFolder}).");
                }

                targets[scenario].Add(baseline);
            }

            Progress.Step($"probe {scenario.Name}: {gatewayProbe.Calls.Calls} upstream calls{(targets[scenario].Count > 1 ? "; same answer as the baseline" : "; no baseline")}");
            if (cluster is not null)
            {
                var clusterProbe = await ProbeAsync(cluster, scenario, token, upstream, cancellationToken);
                probes[(scenario, ClusterName)] = clusterProbe.Calls;
                // Answers must match; call counts are compared in the table (a first request may fetch a little more).
                if (!JsonNode.DeepEquals(gatewayProbe.Answer, clusterProbe.Answer))
                {
                    File.WriteAllText(Path.Combine(tempFolder, $"{scenario.Name}.gateway.json"), gatewayProbe.Answer.ToJsonString());
                    File.WriteAllText(Path.Combine(tempFolder, $"{scenario.Name}.cluster.json"), clusterProbe.Answer.ToJsonString());
                    throw new BenchFailure($"{scenario.Name}: two instances answered differently from one (both written to {tempFolder}).");
                }

                targets[scenario].Add(cluster);
                Progress.Step($"probe {scenario.Name} on {ClusterName}: {clusterProbe.Calls.Calls} upstream calls; same answer as one instance");
            }
        }

        if (options.WarmupSeconds > 0)
        {
            foreach (var scenario in scenarios)
            {
                foreach (var target in targets[scenario])
                {
                    Progress.Step($"warm-up {scenario.Name} on {target.Name} ({options.WarmupSeconds} s)");
                    var warm = await Wrk.RunAsync(target.UrlFor(scenario), scenario.BodyFile, token, options.Connections, options.WarmupSeconds, cancellationToken);
                    Check(scenario, target, warm, allowNone: true);
                }
            }
        }

        var measured = new List<(Scenario Scenario, Target Target, List<Measurement> Runs, double? Ratio)>();
        foreach (var scenario in scenarios)
        {
            var runs = targets[scenario].ToDictionary(t => t.Name, _ => new List<Measurement>());
            var ratios = targets[scenario].Where(t => t.IsGateway).ToDictionary(t => t.Name, _ => new List<double>());
            for (var run = 1; run <= options.Runs; run++)
            {
                // Gateway and baseline alternate within each run, so both see the same machine state; the ratio is
                // taken per run and its median reported.
                foreach (var target in targets[scenario])
                {
                    Progress.Step($"run {run}/{options.Runs} {scenario.Name} on {target.Name} ({options.DurationSeconds} s, {options.Connections} connections)");
                    runs[target.Name].Add(await MeasureAsync(target, scenario, token, upstream, cancellationToken));
                }

                if (runs.TryGetValue(BaselineName, out var baselineRuns))
                {
                    foreach (var (name, ratio) in ratios)
                    {
                        ratio.Add(runs[name][^1].RequestsPerSecond / baselineRuns[^1].RequestsPerSecond);
                    }
                }
            }

            foreach (var target in targets[scenario])
            {
                measured.Add((scenario, target, runs[target.Name], ratios.TryGetValue(target.Name, out var ratio) && ratio.Count > 0 ? Medians.Of(ratio) : null));
            }
        }

        await StopAsync(baseline.Process);
        await StopAsync(gateway.Process);
        foreach (var process in cluster?.Processes ?? [])
        {
            await StopAsync(process);
        }

        var (waves, latency) = await LatencyStageAsync(scenarios, targets, signingKey, token, cancellationToken);
        var rows = measured
            // Waves are counted in the latency stage, on one instance only: a cluster makes the same calls (checked by the probe).
            .Select(m => new Row(m.Scenario.Title, m.Target.Name, m.Runs, probes[(m.Scenario, m.Target.Name)].Calls, waves.TryGetValue((m.Scenario, m.Target.Name), out var w) ? w : null, m.Ratio))
            .ToList();
        return new Report(options, rows, latency);
    }

    private async Task<StaticUpstream> StartUpstreamAsync(string name, int? latencyMs, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var origin = new Uri($"http://127.0.0.1:{port}/");
        var arguments = new List<string> { "--urls", origin.AbsoluteUri.TrimEnd('/') };
        if (latencyMs is { } latency)
        {
            arguments.AddRange(["--latency-ms", latency.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        Progress.Step($"starting the static upstream{(latencyMs is null ? "" : $" with {latencyMs} ms latency")} on {origin}");
        var process = Track(BenchProcess.Start(name, Bin("bench/StaticUpstream", "GraphApi.Bench.StaticUpstream.dll"), arguments, new Dictionary<string, string>(), tempFolder));
        var upstream = new StaticUpstream(_http, origin);
        await process.WaitUntilAnsweringAsync(_http, upstream.CallsUrl, cancellationToken);
        return upstream;
    }

    private async Task<Target> StartBaselineAsync(string name, StaticUpstream upstream, CancellationToken cancellationToken)
    {
        var origin = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        Progress.Step($"starting the {name} on {origin}");
        var process = Track(BenchProcess.Start(
            name,
            Bin("bench/Baseline", "GraphApi.Bench.Baseline.dll"),
            ["--urls", origin.AbsoluteUri.TrimEnd('/'), "--Upstream:BaseUrl", upstream.ApiBase.AbsoluteUri, "--Upstream:AccessToken", "bench-access-token"],
            new Dictionary<string, string>(),
            tempFolder));
        await process.WaitUntilAnsweringAsync(_http, origin, cancellationToken);
        return new Target(BaselineName, process, origin);
    }

    /// <summary>
    /// The gateway as an operator runs it against Pinterest, pointed at the static upstream. Rate limiting stays on
    /// (its cost is part of every request) with budgets no single benchmark caller reaches: the defaults (20 requests
    /// per second per caller) would make wrk measure 429 answers. Everything else is the shipped configuration.
    /// </summary>
    private async Task<Target> StartGatewayAsync(
        string name, StaticUpstream upstream, string signingKey, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? shared = null, Uri? publicOrigin = null)
    {
        var origin = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var data = Directory.CreateDirectory(Path.Combine(tempFolder, $"{name}-data")).FullName;
        Progress.Step($"starting the {name} (Release, Upstream:Mode=Pinterest{(shared is null ? ", SQLite" : ", PostgreSQL + Redis")}) on {origin}");
        var environment = new Dictionary<string, string>
        {
            ["Upstream__Mode"] = "Pinterest",
            ["Pinterest__ClientId"] = "bench-client-id",
            ["Pinterest__ClientSecret"] = "bench-client-secret",
            ["Pinterest__ApiBaseUrl"] = upstream.ApiBase.AbsoluteUri,
            ["Pinterest__TokenUrl"] = upstream.TokenUrl.AbsoluteUri,
            ["Pinterest__RedirectUri"] = new Uri(publicOrigin ?? origin, "/integration-callback").AbsoluteUri,
            ["Authentication__Issuer"] = CallerToken.Issuer,
            ["Authentication__Audience"] = CallerToken.Audience,
            ["Authentication__SigningKey"] = signingKey,
            ["Storage__DataDirectory"] = data,
            ["RateLimiting__RequestsPerSecond"] = "1000000",
            ["RateLimiting__RequestBurst"] = "1000000",
            ["RateLimiting__UpstreamCallsPerMinute"] = "1000000",
            ["RateLimiting__UpstreamCallBurst"] = "1000000",
        };
        foreach (var (key, value) in shared ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = Track(BenchProcess.Start(
            name,
            Bin("src/GraphApi", "GraphApi.dll"),
            ["--urls", origin.AbsoluteUri.TrimEnd('/')],
            environment,
            tempFolder));
        process.Origin = origin;
        await process.WaitUntilAnsweringAsync(_http, new Uri(origin, "/health/ready"), cancellationToken);
        return new Target(GatewayName, process, origin);
    }

    /// <summary>
    /// Two gateway processes on one PostgreSQL database and one Redis prefix (made fresh by bench/run.sh and named in
    /// GRAPHAPI_BENCH_POSTGRES / _REDIS / _REDIS_PREFIX), with every setting of the single gateway, behind deploy/Proxy,
    /// whose origin is the redirect URI: the deployment of README "Running several instances".
    /// </summary>
    private async Task<Target> StartClusterAsync(StaticUpstream upstream, string signingKey, CancellationToken cancellationToken)
    {
        var postgres = Environment.GetEnvironmentVariable("GRAPHAPI_BENCH_POSTGRES");
        var redis = Environment.GetEnvironmentVariable("GRAPHAPI_BENCH_REDIS");
        var prefix = Environment.GetEnvironmentVariable("GRAPHAPI_BENCH_REDIS_PREFIX");
        if (string.IsNullOrEmpty(postgres) || string.IsNullOrEmpty(redis) || string.IsNullOrEmpty(prefix))
        {
            throw new BenchFailure("--topology two-instances needs GRAPHAPI_BENCH_POSTGRES, GRAPHAPI_BENCH_REDIS and GRAPHAPI_BENCH_REDIS_PREFIX: run it through bench/run.sh, which prepares them.");
        }

        var proxyOrigin = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var shared = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = postgres,
            ["Redis__Configuration"] = redis,
            ["Redis__KeyPrefix"] = prefix,
        };
        var instances = new List<BenchProcess>();
        foreach (var name in new[] { "instance-a", "instance-b" })
        {
            var instance = await StartGatewayAsync(name, upstream, signingKey, cancellationToken, shared, proxyOrigin);
            instances.Add(instance.Process);
        }

        Progress.Step($"starting the proxy (Release, round robin over both instances) on {proxyOrigin}");
        var proxy = Track(BenchProcess.Start(
            "proxy",
            Bin("deploy/Proxy", "GraphApi.Proxy.dll"),
            ["--urls", proxyOrigin.AbsoluteUri.TrimEnd('/'), .. instances.SelectMany((p, i) => new[] { $"--Proxy:Destinations:{i}", p.Origin!.AbsoluteUri.TrimEnd('/') })],
            new Dictionary<string, string>(),
            tempFolder));
        await proxy.WaitUntilAnsweringAsync(_http, new Uri(proxyOrigin, "/health/ready"), cancellationToken);
        return new Target(ClusterName, proxy, proxyOrigin, instances);
    }

    private async Task<(JsonNode Answer, UpstreamCalls Calls)> ProbeAsync(Target target, Scenario scenario, string token, StaticUpstream upstream, CancellationToken cancellationToken)
    {
        await upstream.ResetAsync(cancellationToken);
        var (status, text, _) = await PostAsync(target.UrlFor(scenario), scenario.Body, token, cancellationToken);
        var answer = status == 200 ? JsonNode.Parse(text) : null;
        if (answer is null || answer["errors"] is not null || answer["data"] is null || text.Contains("\"errors\":[{", StringComparison.Ordinal))
        {
            throw new BenchFailure($"{scenario.Name} on {target.Name}: HTTP {status} {(text.Length > 800 ? text[..800] + "..." : text)}");
        }

        return (answer, await upstream.CallsAsync(cancellationToken));
    }

    private async Task<bool> HasRouteAsync(Target baseline, Scenario scenario, CancellationToken cancellationToken)
    {
        var (status, _, _) = await PostAsync(baseline.UrlFor(scenario), "{}", "", cancellationToken);
        if (status is 404 or 405)
        {
            Progress.Step($"the baseline has no {scenario.BaselinePath}: {scenario.Name} is measured on the gateway only");
            return false;
        }

        return true;
    }

    private async Task<(int Status, string Body, TimeSpan Elapsed)> PostAsync(Uri url, string body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return ((int)response.StatusCode, text, clock.Elapsed);
    }

    private async Task<Measurement> MeasureAsync(Target target, Scenario scenario, string token, StaticUpstream upstream, CancellationToken cancellationToken)
    {
        await upstream.ResetAsync(cancellationToken);
        if (!target.Processes.All(p => p.ResetPeakMemory()) && !_cumulativePeakReported)
        {
            _cumulativePeakReported = true;
            Progress.Step("/proc/PID/clear_refs refused: peak RSS is the largest since each server started, not per scenario");
        }

        // A cluster's cost is its proxy's and both instances': CPU, allocations and peak RSS are summed over them.
        var meters = new List<AllocationMeter>();
        foreach (var process in target.Processes)
        {
            meters.Add(await AllocationMeter.StartAsync(process.Id, cancellationToken));
        }

        var cpuBefore = target.Processes.Sum(p => p.CpuTime().TotalMilliseconds);
        var result = await Wrk.RunAsync(target.UrlFor(scenario), scenario.BodyFile, token, options.Connections, options.DurationSeconds, cancellationToken);
        var cpu = TimeSpan.FromMilliseconds(target.Processes.Sum(p => p.CpuTime().TotalMilliseconds) - cpuBefore);
        long allocated = 0;
        foreach (var meter in meters)
        {
            allocated += await meter.StopAsync(cancellationToken);
            await meter.DisposeAsync();
        }

        var calls = await upstream.CallsAsync(cancellationToken);
        Check(scenario, target, result);
        return new Measurement(
            result.RequestsPerSecond,
            result.P50Ms,
            result.P99Ms,
            cpu.TotalMilliseconds / result.Requests,
            (double)allocated / result.Requests,
            (double)calls.Calls / result.Requests,
            target.Processes.Sum(p => p.PeakResidentBytes()));
    }

    /// <summary>Fails on any failed answer; a measurement with no completed request measured nothing and fails too.</summary>
    private static void Check(Scenario scenario, Target target, WrkResult result, bool allowNone = false)
    {
        if ((result.Requests == 0 && !allowNone) || result.Failures > 0)
        {
            throw new BenchFailure(
                $"{scenario.Name} on {target.Name}: {result.Requests} requests, {result.Non200} not 200, {result.GraphQLErrors} with errors, {result.SocketErrors} socket errors. Its log: {target.Process.LogPath}");
        }
    }

    /// <summary>
    /// A second upstream with injected latency, and a gateway and a baseline started against it (the gateway with its
    /// own data folder, the caller connected again through the OAuth flow). Waves are counted here: the upstream
    /// puts a call in a later wave when it started after another call had answered, and with answers in microseconds
    /// (the first upstream) calls started a few microseconds apart would count as separate waves; with the latency
    /// only calls that really waited do. Then the dashboard should take about its waves × the latency.
    /// </summary>
    private async Task<(Dictionary<(Scenario, string), int> Waves, LatencyProbe Latency)> LatencyStageAsync(
        List<Scenario> scenarios, Dictionary<Scenario, List<Target>> measured, string signingKey, string token, CancellationToken cancellationToken)
    {
        var upstream = await StartUpstreamAsync("upstream-latency", options.LatencyMs, cancellationToken);
        var gateway = await StartGatewayAsync("gateway-latency", upstream, signingKey, cancellationToken);
        var baseline = await StartBaselineAsync("baseline-latency", upstream, cancellationToken);
        await GatewayConnection.ConnectAsync(gateway.Origin, token, cancellationToken);
        var waves = new Dictionary<(Scenario, string), int>();
        foreach (var scenario in scenarios)
        {
            foreach (var target in measured[scenario].Where(t => t.Name != ClusterName).Select(t => t.Name == GatewayName ? gateway : baseline))
            {
                // A cold process can take longer than the latency to start its next call (JIT): warm first, so
                // the probe counts the waves the code makes, not the ones compilation made.
                for (var i = 0; i < 3; i++)
                {
                    await ProbeAsync(target, scenario, token, upstream, cancellationToken);
                }

                var probe = await ProbeAsync(target, scenario, token, upstream, cancellationToken);
                waves[(scenario, target.Name)] = probe.Calls.Waves;
                Progress.Step($"waves of {scenario.Name} on {target.Name} with {options.LatencyMs} ms upstream latency: {Describe(probe.Calls)}");
            }
        }

        // A few sequential requests warm the code paths; the median of the next ones is reported (one connection, no load).
        var dashboard = scenarios.Single(s => s.Name == "dashboard");
        var times = new List<double>();
        for (var i = 0; i < 13; i++)
        {
            var (status, text, elapsed) = await PostAsync(gateway.UrlFor(dashboard), dashboard.Body, token, cancellationToken);
            if (status != 200 || text.Contains("\"errors\":[{", StringComparison.Ordinal))
            {
                throw new BenchFailure($"dashboard with {options.LatencyMs} ms upstream latency: HTTP {status}");
            }

            if (i >= 3)
            {
                times.Add(elapsed.TotalMilliseconds);
            }
        }

        var latency = new LatencyProbe(options.LatencyMs, waves[(dashboard, GatewayName)], Medians.Of(times), times.Max());
        Progress.Step($"dashboard with {options.LatencyMs} ms upstream latency: median {latency.MedianMs:F1} ms over {times.Count} requests, {latency.Waves} waves, budget {latency.BudgetMs:F0} ms");
        return (waves, latency);
    }

    private static string Describe(UpstreamCalls calls) => $"{calls.Calls} upstream calls in {calls.Waves} waves";

    private BenchProcess Track(BenchProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private async Task StopAsync(BenchProcess process)
    {
        _processes.Remove(process);
        await process.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
        _http.Dispose();
    }
}

internal sealed record LatencyProbe(int LatencyMs, int Waves, double MedianMs, double MaxMs)
{
    public double BudgetMs => 1.1 * Waves * LatencyMs;

    public bool Holds => MedianMs <= BudgetMs;
}
