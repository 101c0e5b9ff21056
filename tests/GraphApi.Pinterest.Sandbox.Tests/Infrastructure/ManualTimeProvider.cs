namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>A clock tests move by hand, so token expiry needs no sleeping.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
