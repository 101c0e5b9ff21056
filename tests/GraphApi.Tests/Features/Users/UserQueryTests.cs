using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Users;

/// <summary>The signed-in user's account and follows against the sandbox's seeded data.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class UserQueryTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Me_reads_the_account_with_counts_and_a_global_id()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "{ me { id pinterestId username accountType businessName profileImage websiteUrl about boardCount pinCount followerCount followingCount monthlyViews } }");

        body.ShouldHaveNoErrors();
        var me = body.At("data.me");
        me.GetProperty("username").GetString().ShouldBe("demo.business");
        me.GetProperty("accountType").GetString().ShouldBe("BUSINESS");
        me.GetProperty("businessName").GetString().ShouldBe("Demo Studio");
        me.GetProperty("monthlyViews").GetInt32().ShouldBe(52310);
        GlobalIds.Decode(me.GetProperty("id").GetString()!).ShouldBe("User:" + me.GetProperty("pinterestId").GetString());
    }

    [Fact]
    public async Task Me_lists_followers_and_following()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "{ me { followers { nodes { username } } following(first: 1) { edges { cursor node { username } } pageInfo { hasNextPage endCursor } } } }");

        body.ShouldHaveNoErrors();
        body.At("data.me.followers.nodes").EnumerateArray().Select(u => u.GetProperty("username").GetString()).ShouldContain("demo.curator");
        body.At("data.me.following.edges").GetArrayLength().ShouldBe(1);
        body.At("data.me.following.pageInfo.hasNextPage").GetBoolean().ShouldBeTrue();
    }
}
