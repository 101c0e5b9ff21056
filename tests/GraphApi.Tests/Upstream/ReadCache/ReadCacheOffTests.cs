using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Upstream.ReadCache;

/// <summary>The default: no read cache, every query asks Pinterest (what every call-count test relies on).</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class ReadCacheOffTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Two_identical_queries_cost_two_calls()
    {
        fixture.Counters.Reset();

        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ me { username } }")).ShouldHaveNoErrors();
        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, "{ me { username } }")).ShouldHaveNoErrors();

        fixture.Counters.CountOf("user_account/get").ShouldBe(2);
    }
}
