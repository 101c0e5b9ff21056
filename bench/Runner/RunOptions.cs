using System.Globalization;

namespace GraphApi.Bench.Runner;

/// <summary>The command line of <c>bench/run.sh</c>: every value bounded, so a typo cannot start an hour-long load.</summary>
internal sealed record RunOptions(int DurationSeconds, int Connections, int Runs, int LatencyMs, int WarmupSeconds, string RepositoryRoot, Topology Topology = Topology.Single)
{
    public const string Usage = "usage: bench/run.sh [--duration S (10)] [--connections N (16)] [--runs R (3)] [--latency-ms M (50)] [--warmup S (5)] [--topology single|two-instances (single)]";

    public static RunOptions Parse(string[] args, string repositoryRoot)
    {
        int duration = 10, connections = 16, runs = 3, latency = 50, warmup = 5;
        var topology = Topology.Single;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--topology")
            {
                topology = (i + 1 < args.Length ? args[++i] : null) switch
                {
                    "single" => Topology.Single,
                    "two-instances" => Topology.TwoInstances,
                    _ => throw new ArgumentException($"--topology must be single or two-instances. {Usage}"),
                };
                continue;
            }

            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new ArgumentException($"{name} needs a whole number. {Usage}");
            }

            i++;
            switch (name)
            {
                case "--duration": duration = Bounded(name, value, 1, 600); break;
                case "--connections": connections = Bounded(name, value, 1, 1024); break;
                case "--runs": runs = Bounded(name, value, 1, 21); break;
                case "--latency-ms": latency = Bounded(name, value, 1, 5000); break;
                case "--warmup": warmup = Bounded(name, value, 0, 600); break;
                default: throw new ArgumentException($"Unknown option {name}. {Usage}");
            }
        }

        return new RunOptions(duration, connections, runs, latency, warmup, repositoryRoot, topology);
    }

    private static int Bounded(string name, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new ArgumentException($"{name} must be between {min} and {max}.");
}
