namespace GraphApi.Bench.Runner.Tests;

public sealed class RunOptionsTests
{
    [Fact]
    public void Defaults_are_the_issues_measurement()
    {
        var options = RunOptions.Parse([], "/repo");

        options.ShouldBe(new RunOptions(DurationSeconds: 10, Connections: 16, Runs: 3, LatencyMs: 50, WarmupSeconds: 5, RepositoryRoot: "/repo"));
    }

    [Fact]
    public void Every_option_is_read()
    {
        var options = RunOptions.Parse(["--duration", "3", "--connections", "64", "--runs", "5", "--latency-ms", "20", "--warmup", "0"], "/repo");

        options.ShouldBe(new RunOptions(3, 64, 5, 20, 0, "/repo"));
    }

    [Theory]
    [InlineData("--duration", "0")]
    [InlineData("--duration", "601")]
    [InlineData("--connections", "100000")]
    [InlineData("--runs", "0")]
    [InlineData("--latency-ms", "-5")]
    [InlineData("--duration", "ten")]
    [InlineData("--threads", "4")]
    public void Out_of_range_unknown_or_non_numeric_options_are_refused(string name, string value)
    {
        Should.Throw<ArgumentException>(() => RunOptions.Parse([name, value], "/repo"));
    }

    [Fact]
    public void An_option_without_its_value_is_refused()
    {
        Should.Throw<ArgumentException>(() => RunOptions.Parse(["--runs"], "/repo")).Message.ShouldContain("--runs");
    }

    [Fact]
    public void The_topology_is_read_and_defaults_to_one_instance()
    {
        RunOptions.Parse([], "/repo").Topology.ShouldBe(Topology.Single);
        RunOptions.Parse(["--topology", "two-instances", "--runs", "1"], "/repo").ShouldBe(new RunOptions(10, 16, 1, 50, 5, "/repo", Topology.TwoInstances));
        RunOptions.Parse(["--topology", "single"], "/repo").Topology.ShouldBe(Topology.Single);
    }

    [Theory]
    [InlineData("three")]
    [InlineData("TwoInstances")]
    public void An_unknown_topology_is_refused_naming_the_two(string value)
    {
        Should.Throw<ArgumentException>(() => RunOptions.Parse(["--topology", value], "/repo")).Message.ShouldContain("single or two-instances");
        Should.Throw<ArgumentException>(() => RunOptions.Parse(["--topology"], "/repo")).Message.ShouldContain("--topology");
    }
}
