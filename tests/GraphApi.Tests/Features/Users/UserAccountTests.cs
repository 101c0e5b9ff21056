using GraphApi.Pinterest.Sandbox;
using GraphApi.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Features.Users;

/// <summary>The user's own pins, websites and follows against the sandbox.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class UserAccountTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task The_users_own_pins_page_newest_first()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, "{ me { pinCount pins(first: 5) { nodes { pinterestId createdAt isOwner } pageInfo { hasNextPage } } } }");

        body.ShouldHaveNoErrors();
        var pins = body.At("data.me.pins.nodes").EnumerateArray().ToList();
        pins.Count.ShouldBe(5);
        pins.ShouldAllBe(p => p.GetProperty("isOwner").GetBoolean());
        body.At("data.me.pins.pageInfo.hasNextPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Websites_and_the_verification_code()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "{ me { websites { nodes { website status verifiedAt } } } websiteVerificationCode { verificationCode dnsTxtRecord metatag filename fileContent } }");

        body.ShouldHaveNoErrors();
        foreach (var field in new[] { "verificationCode", "dnsTxtRecord", "metatag", "filename", "fileContent" })
        {
            body.At($"data.websiteVerificationCode.{field}").GetString().ShouldNotBeNullOrEmpty(field);
        }

        foreach (var website in body.At("data.me.websites.nodes").EnumerateArray())
        {
            website.GetProperty("website").GetString().ShouldNotBeNullOrEmpty();
            website.GetProperty("verifiedAt").GetString().ShouldNotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task Follow_user_needs_user_accounts_write_and_works_with_it()
    {
        fixture.Counters.Reset();
        // The connection has every default scope; a partner token without user_accounts:write narrows it.
        var denied = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Pinner, "user_accounts:read boards:read pins:read",
            "mutation { followUser(input: { username: \"demo.curator\" }) { user { username } errors { __typename ... on UserError { code message } } } }");
        denied.ShouldHaveNoErrors();
        denied.At("data.followUser.errors")[0].GetProperty("__typename").GetString().ShouldBe("InsufficientScopeError");
        denied.At("data.followUser.errors")[0].GetProperty("message").GetString()!.ShouldContain("user_accounts:write");
        fixture.Counters.CountOf("follow_user/update").ShouldBe(0);

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SandboxConnector>().ConnectAsync(SandboxDemoUsers.Curator,
                ["user_accounts:read", "user_accounts:write", "boards:read", "boards:read_secret", "boards:write", "boards:write_secret", "pins:read", "pins:read_secret", "pins:write", "pins:write_secret"], default);
        }

        var followed = await fixture.QueryAsync(SandboxDemoUsers.Curator, "mutation { followUser(input: { username: \"demo.business\" }) { user { username } errors { __typename } } }");
        var verify = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation { verifyWebsite(input: { website: \"curator.example\", verificationMethod: \"METATAG\" }) { website { website status } errors { __typename ... on UserError { code message } } } }");

        var unverified = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation { unverifyWebsite(input: { website: \"curator.example\" }) { unverifiedWebsite errors { __typename ... on UserError { code } } } }");
        unverified.ShouldHaveNoErrors();
        (unverified.At("data.unverifyWebsite.unverifiedWebsite").GetString() == "curator.example"
            || unverified.At("data.unverifyWebsite.errors").GetArrayLength() == 1).ShouldBeTrue();

        followed.ShouldHaveNoErrors();
        followed.At("data.followUser.user.username").GetString().ShouldBe("demo.business");
        verify.ShouldHaveNoErrors();
        (verify.At("data.verifyWebsite.website").ValueKind == System.Text.Json.JsonValueKind.Object
            || verify.At("data.verifyWebsite.errors").GetArrayLength() == 1).ShouldBeTrue();
    }
}
