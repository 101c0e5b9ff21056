namespace GraphApi.Bench.Runner;

/// <summary>
/// A server under load: the gateway or the two-instance cluster (POST /graphql), or the baseline (POST /NAME per
/// scenario). <paramref name="Process"/> is the one wrk talks to; a cluster adds its instances in
/// <paramref name="Behind"/>, and CPU, allocations and peak RSS are summed over all of them.
/// </summary>
internal sealed record Target(string Name, BenchProcess Process, Uri Origin, IReadOnlyList<BenchProcess>? Behind = null)
{
    public bool IsGateway => Name != Runner.BaselineName;

    public IReadOnlyList<BenchProcess> Processes => Behind is null ? [Process] : [Process, .. Behind];

    public Uri UrlFor(Scenario scenario) =>
        new(Origin, IsGateway ? "/graphql" : scenario.BaselinePath ?? throw new InvalidOperationException("No baseline path."));
}
