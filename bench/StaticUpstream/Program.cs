namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// <c>dotnet GraphApi.Bench.StaticUpstream.dll --urls http://127.0.0.1:PORT [--latency-ms N]</c>: a static, in-memory
/// Pinterest v5 for benchmarks (see bench/README.md).
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        await using var app = StaticUpstreamApp.Build(args);
        await app.RunAsync();
    }
}
