using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Faults;

/// <summary>
/// What every fault case must also show once its faults are lifted: nothing was unhandled (no Error-level
/// "Unhandled" line and no INTERNAL_ERROR anywhere in the host's log since the case began) and the gateway still
/// answers a healthy request. Disposing clears the faults even when the case failed, so one case cannot poison the next.
/// </summary>
public sealed class FaultCase(FaultSuiteFixture fixture, int logMark) : IAsyncDisposable
{
    public async Task ShouldRecoverAsync()
    {
        fixture.Faults.Clear();
        var lines = fixture.Factory.Logs.Lines.Skip(logMark).ToList();
        lines.Where(line => line.Contains("INTERNAL_ERROR", StringComparison.Ordinal)
                || ((line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal))
                    && line.Contains("Unhandled", StringComparison.OrdinalIgnoreCase)))
            .ShouldBeEmpty();

        var healthy = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { username } board(id: \"91000000000000010\") { name } }");
        healthy.ShouldHaveNoErrors();
        healthy.At("data.me.username").GetString().ShouldBe(SandboxDemoUsers.Curator);
    }

    public ValueTask DisposeAsync()
    {
        fixture.Faults.Clear();
        return ValueTask.CompletedTask;
    }
}
