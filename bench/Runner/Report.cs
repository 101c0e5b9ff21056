using System.Globalization;
using System.Text;

namespace GraphApi.Bench.Runner;

/// <summary>The markdown the runner prints and writes to bench/results/DATE-MACHINE.md: the table, the issue's targets, the latency probe.</summary>
internal sealed record Report(RunOptions Options, IReadOnlyList<Row> Rows, LatencyProbe Latency)
{
    public string ToMarkdown(string machine, string commit)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# GraphApi benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(invariant, $"{machine}; commit {commit}.");
        text.AppendLine(invariant, $"`bench/run.sh --duration {Options.DurationSeconds} --connections {Options.Connections} --runs {Options.Runs} --latency-ms {Options.LatencyMs} --warmup {Options.WarmupSeconds}{(Options.Topology == Topology.TwoInstances ? " --topology two-instances" : "")}`: wrk 2 threads, {Options.Connections} connections, {Options.DurationSeconds} s per run, medians of {Options.Runs} alternating runs.");
        text.AppendLine();
        if (Options.Topology == Topology.TwoInstances)
        {
            text.AppendLine(invariant, $"`{Runner.ClusterName}`: two gateway processes on PostgreSQL + Redis behind deploy/Proxy on the same machine, measured through the proxy; CPU, allocations and peak RSS are the sum of the proxy and both instances. `{Runner.GatewayName}` is one process on SQLite, as shipped.");
            text.AppendLine();
        }

        text.AppendLine("| scenario | target | req/s | p50 ms | p99 ms | CPU ms/req | alloc KB/req | upstream calls/req | waves/req | peak RSS MB | gateway/baseline |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in Rows)
        {
            text.AppendLine(invariant, $"| {row.Scenario} | {row.Target} | {row.Median(m => m.RequestsPerSecond):N0} | {row.Median(m => m.P50Ms):F2} | {row.Median(m => m.P99Ms):F2} | {row.Median(m => m.CpuMsPerRequest):F3} | {row.Median(m => m.AllocatedBytesPerRequest) / 1024:F1} | {row.Median(m => m.UpstreamCallsPerRequest):F2} | {(row.Waves is { } waves ? waves.ToString(invariant) : "n/a")} | {row.Median(m => m.PeakResidentBytes) / 1048576:F0} | {(row.RatioToBaseline is { } ratio ? ratio.ToString("P0", invariant) : "")} |");
        }

        text.AppendLine();
        text.AppendLine("Targets of issue 11:");
        text.AppendLine();
        var ubp = Rows.FirstOrDefault(r => r.Scenario == "user/boards/pins" && r.Target == Runner.GatewayName);
        var typename = Rows.FirstOrDefault(r => r.Target == Runner.GatewayName && r.Scenario.Contains("__typename", StringComparison.Ordinal));
        var dashboard = Rows.FirstOrDefault(r => r.Scenario == "dashboard" && r.Target == Runner.GatewayName);
        if (ubp is not null)
        {
            Target(text, "user/boards/pins throughput ≥ 80 % of the baseline's", ubp.RatioToBaseline is { } r ? r.ToString("P0", invariant) : "no baseline", ubp.RatioToBaseline >= 0.8);
            Target(text, "user/boards/pins p99 ≤ 10 ms", $"{ubp.Median(m => m.P99Ms):F2} ms", ubp.Median(m => m.P99Ms) <= 10);
            Target(text, "user/boards/pins peak RSS ≤ 150 MB", $"{ubp.Median(m => m.PeakResidentBytes) / 1048576:F0} MB", ubp.Median(m => m.PeakResidentBytes) <= 150 * 1048576.0);
            Target(text, "user/boards/pins: 3 upstream calls in 1 wave", $"{ubp.Calls} calls in {ubp.Waves} waves", ubp.Calls == 3 && ubp.Waves == 1);
        }

        if (typename is not null)
        {
            Target(text, "authenticated `{ __typename }` ≥ 20,000 req/s", $"{typename.Median(m => m.RequestsPerSecond):N0} req/s", typename.Median(m => m.RequestsPerSecond) >= 20_000);
        }

        if (dashboard is not null)
        {
            Target(text, "dashboard: 30 upstream calls in 3 waves", $"{dashboard.Calls} calls in {dashboard.Waves} waves", dashboard.Calls == 30 && dashboard.Waves == 3);
        }

        Target(
            text,
            $"dashboard with {Latency.LatencyMs} ms upstream latency within 1.1 × waves × {Latency.LatencyMs} ms",
            $"median {Latency.MedianMs:F1} ms (max {Latency.MaxMs:F1} ms), {Latency.Waves} waves, budget {Latency.BudgetMs:F0} ms",
            Latency.Holds);
        return text.ToString();
    }

    private static void Target(StringBuilder text, string target, string measured, bool holds) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"- {(holds ? "met" : "**not met**")}: {target}: {measured}");
}
