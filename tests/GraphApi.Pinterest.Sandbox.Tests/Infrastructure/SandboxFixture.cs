namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>One seeded sandbox shared by a test class; its tests only read, or reset what they change.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    internal SandboxHost Host { get; private set; } = null!;

    /// <summary>The host's clock: the system's, recording the delays the sandbox waits (latency, stall faults).</summary>
    public DelayRecordingTimeProvider Time { get; } = new();

    public async Task InitializeAsync() => Host = await SandboxHost.StartAsync(time: Time);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
