namespace GraphApi.Bench.Runner;

/// <summary>A server under load: the gateway (POST /graphql) or the baseline (POST /NAME per scenario).</summary>
internal sealed record Target(string Name, BenchProcess Process, Uri Origin)
{
    public Uri UrlFor(Scenario scenario) =>
        new(Origin, Name == Runner.GatewayName ? "/graphql" : scenario.BaselinePath ?? throw new InvalidOperationException("No baseline path."));
}
