namespace GraphApi.Bench.Runner.Tests;

public sealed class ReportTests
{
    private static readonly RunOptions Options = new(10, 16, 3, 50, 5, "/repo");

    [Fact]
    public void The_table_has_one_row_per_scenario_and_target_with_medians_and_the_ratio_on_the_gateway_row()
    {
        var markdown = Sample(gatewayRps: [900, 850, 880], baselineRps: [1000, 1000, 1000], ratio: 0.88, waves: 1, calls: 3, p99: 8).ToMarkdown("test-machine", "abc1234");

        markdown.ShouldContain("| user/boards/pins | gateway | 880 | ");
        markdown.ShouldContain("| user/boards/pins | baseline | 1,000 | ");
        markdown.ShouldContain("| 88 % |");
        markdown.ShouldContain("test-machine; commit abc1234.");
    }

    [Fact]
    public void Targets_that_hold_are_met_and_the_others_are_not()
    {
        var good = Sample([900], [1000], 0.9, waves: 1, calls: 3, p99: 8).ToMarkdown("m", "c");
        var bad = Sample([500], [1000], 0.5, waves: 2, calls: 4, p99: 29).ToMarkdown("m", "c");

        good.ShouldContain("- met: user/boards/pins throughput ≥ 80 % of the baseline's: 90 %");
        good.ShouldContain("- met: user/boards/pins: 3 upstream calls in 1 wave: 3 calls in 1 waves");
        good.ShouldContain("- met: user/boards/pins p99 ≤ 10 ms");
        bad.ShouldContain("- **not met**: user/boards/pins throughput ≥ 80 % of the baseline's: 50 %");
        bad.ShouldContain("- **not met**: user/boards/pins: 3 upstream calls in 1 wave: 4 calls in 2 waves");
        bad.ShouldContain("- **not met**: user/boards/pins p99 ≤ 10 ms: 29.00 ms");
    }

    [Fact]
    public void A_two_instance_row_sits_beside_the_single_instance_ones_with_its_own_ratio_and_no_wave_count()
    {
        var report = new Report(
            Options with { Topology = Topology.TwoInstances },
            [
                new Row("user/boards/pins", Runner.GatewayName, [Measurement(900, 8)], 3, 1, 0.9),
                new Row("user/boards/pins", Runner.BaselineName, [Measurement(1000, 2)], 3, 1, null),
                new Row("user/boards/pins", Runner.ClusterName, [Measurement(700, 9)], 3, null, 0.7),
            ],
            new LatencyProbe(50, 3, 160, 170));

        var markdown = report.ToMarkdown("m", "c");

        markdown.ShouldContain("--topology two-instances`");
        markdown.ShouldContain("| user/boards/pins | 2 instances | 700 | ");
        markdown.ShouldContain("| n/a | 100 | 70 % |");
        // The issue-11 targets stay the single gateway's.
        markdown.ShouldContain("- met: user/boards/pins throughput ≥ 80 % of the baseline's: 90 %");
        markdown.IndexOf("`2 instances`: two gateway processes", StringComparison.Ordinal).ShouldBeLessThan(markdown.IndexOf("| scenario |", StringComparison.Ordinal));
    }

    [Fact]
    public void The_latency_probe_is_held_to_1_1_times_waves_times_the_latency()
    {
        new LatencyProbe(50, 3, MedianMs: 165, MaxMs: 170).Holds.ShouldBeTrue();
        new LatencyProbe(50, 3, MedianMs: 166, MaxMs: 170).Holds.ShouldBeFalse();
    }

    private static Report Sample(double[] gatewayRps, double[] baselineRps, double ratio, int waves, int calls, double p99) =>
        new(
            Options,
            [
                new Row("user/boards/pins", Runner.GatewayName, [.. gatewayRps.Select(r => Measurement(r, p99))], calls, waves, ratio),
                new Row("user/boards/pins", Runner.BaselineName, [.. baselineRps.Select(r => Measurement(r, 2))], 3, 1, null),
            ],
            new LatencyProbe(50, 3, 160, 170));

    private static Measurement Measurement(double rps, double p99) => new(rps, 1, p99, 0.5, 40_000, 3, 100 * 1048576L);
}
