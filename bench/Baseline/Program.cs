namespace GraphApi.Bench.Baseline;

/// <summary>
/// <c>dotnet GraphApi.Bench.Baseline.dll --urls http://127.0.0.1:PORT --Upstream:BaseUrl http://127.0.0.1:UP/v5
/// --Upstream:AccessToken bench-access-token</c>: the hand-written reference endpoint (see bench/README.md).
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        await using var app = BaselineApp.Build(args);
        await app.RunAsync();
    }
}
