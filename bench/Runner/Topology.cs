namespace GraphApi.Bench.Runner;

/// <summary>
/// What <c>--topology</c> adds to the table. Single: the gateway (one process, SQLite) and the baseline, as before.
/// TwoInstances: also two gateway processes on PostgreSQL + Redis behind deploy/Proxy, measured in the same run
/// against the same upstream, so its rows sit beside the single-instance ones on the same baseline.
/// </summary>
internal enum Topology
{
    Single,
    TwoInstances,
}
