namespace GraphApi.Bench.Tests;

/// <summary>One harness (upstream, gateway, baseline, connected caller) for every test: each host start costs seconds.</summary>
[CollectionDefinition(Name)]
public sealed class BenchHarnessDefinition : ICollectionFixture<BenchHarness>
{
    public const string Name = "Bench harness";
}
