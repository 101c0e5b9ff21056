namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>One seeded sandbox shared by a test class; its tests only read, or reset what they change.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    internal SandboxHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
