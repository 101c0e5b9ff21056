using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class UserAccountClientTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetAsync_reads_the_account()
    {
        _host.Respond(200, """{"id":"2783136121146311751","username":"ada","account_type":"BUSINESS","board_count":14,"follower_count":null}""");

        var account = await _host.Client.UserAccount.GetAsync("77");

        _host.Single.ShouldBe("GET", "/v5/user_account");
        _host.Single.ShouldHaveQuery(("ad_account_id", "77"));
        account.Id.ShouldBe("2783136121146311751");
        account.BoardCount.ShouldBe(14);
        account.FollowerCount.ShouldBeNull();
    }

    [Fact]
    public async Task ListFollowersAsync_pages_followers()
    {
        _host.Respond(200, """{"items":[{"username":"bob","type":"user"}],"bookmark":"n"}""");

        var page = await _host.Client.UserAccount.ListFollowersAsync(new PageRequest(3));

        _host.Single.ShouldBe("GET", "/v5/user_account/followers");
        _host.Single.ShouldHaveQuery(("page_size", "3"));
        page.Items.ShouldHaveSingleItem().Username.ShouldBe("bob");
    }

    [Fact]
    public async Task ListFollowingAsync_sends_feed_type()
    {
        _host.Respond(200, """{"items":[]}""");

        await _host.Client.UserAccount.ListFollowingAsync(new ListFollowingRequest { FeedType = "RANKED", ExplicitFollowing = true, AdAccountId = "1" });

        _host.Single.ShouldBe("GET", "/v5/user_account/following");
        _host.Single.ShouldHaveQuery(("feed_type", "RANKED"), ("explicit_following", "true"), ("ad_account_id", "1"));
    }

    [Fact]
    public async Task ListFollowedBoardsAsync_lists_boards()
    {
        _host.Respond(200, """{"items":[{"id":"1","name":"x"}]}""");

        var page = await _host.Client.UserAccount.ListFollowedBoardsAsync(new ListFollowedBoardsRequest { ExplicitFollowing = false });

        _host.Single.ShouldBe("GET", "/v5/user_account/following/boards");
        _host.Single.ShouldHaveQuery(("explicit_following", "false"));
        page.Items.ShouldHaveSingleItem().Id.ShouldBe("1");
    }

    [Fact]
    public async Task ListLinkedBusinessesAsync_reads_a_bare_array()
    {
        _host.Respond(200, """[{"username":"shop","image_xlarge_url":"https://i/xl.jpg"}]""");

        var businesses = await _host.Client.UserAccount.ListLinkedBusinessesAsync();

        _host.Single.ShouldBe("GET", "/v5/user_account/businesses");
        businesses.ShouldHaveSingleItem().ImageXlargeUrl.ShouldBe("https://i/xl.jpg");
    }

    [Fact]
    public async Task ListWebsitesAsync_pages_websites()
    {
        _host.Respond(200, """{"items":[{"website":"mysite.test","status":"verified","verified_at":"2024-01-01"}]}""");

        var page = await _host.Client.UserAccount.ListWebsitesAsync();

        _host.Single.ShouldBe("GET", "/v5/user_account/websites");
        page.Items.ShouldHaveSingleItem().Website.ShouldBe("mysite.test");
    }

    [Fact]
    public async Task VerifyWebsiteAsync_posts_the_site()
    {
        _host.Respond(200, """{"website":"mysite.test","status":"success"}""");

        await _host.Client.UserAccount.VerifyWebsiteAsync(new VerifyWebsiteRequest { Website = "mysite.test", VerificationMethod = "METATAG" });

        _host.Single.ShouldBe("POST", "/v5/user_account/websites");
        _host.Single.ShouldHaveJsonBody("""{"website":"mysite.test","verification_method":"METATAG"}""");
    }

    [Fact]
    public async Task UnverifyWebsiteAsync_deletes_by_query()
    {
        _host.Respond(204, string.Empty);

        await _host.Client.UserAccount.UnverifyWebsiteAsync("mysite.test");

        _host.Single.ShouldBe("DELETE", "/v5/user_account/websites");
        _host.Single.ShouldHaveQuery(("website", "mysite.test"));
    }

    [Fact]
    public async Task GetWebsiteVerificationCodeAsync_reads_the_code()
    {
        _host.Respond(200, """{"verification_code":"abc","dns_txt_record":"pinterest-site-verification=abc","metatag":"<meta>","filename":"pinterest-abc.html","file_content":"x"}""");

        var code = await _host.Client.UserAccount.GetWebsiteVerificationCodeAsync();

        _host.Single.ShouldBe("GET", "/v5/user_account/websites/verification");
        code.DnsTxtRecord.ShouldBe("pinterest-site-verification=abc");
    }

    [Fact]
    public async Task ListFollowedInterestsAsync_uses_the_username_route()
    {
        _host.Respond(200, """{"items":[{"id":"1","name":"Tea","key":"tea","canonical_url":"tea"}]}""");

        var page = await _host.Client.UserAccount.ListFollowedInterestsAsync("ada", new PageRequest(2));

        _host.Single.ShouldBe("GET", "/v5/users/ada/interests/follow");
        _host.Single.ShouldHaveQuery(("page_size", "2"));
        page.Items.ShouldHaveSingleItem().CanonicalUrl.ShouldBe("tea");
    }

    [Fact]
    public async Task FollowUserAsync_posts_auto_follow()
    {
        _host.Respond(200, """{"username":"bob","type":"user"}""");

        var user = await _host.Client.UserAccount.FollowUserAsync("bob", new FollowUserRequest { AutoFollow = true });

        _host.Single.ShouldBe("POST", "/v5/user_account/following/bob");
        _host.Single.ShouldHaveJsonBody("""{"auto_follow":true}""");
        user.Username.ShouldBe("bob");
    }
}
