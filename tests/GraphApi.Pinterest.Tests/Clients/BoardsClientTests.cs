using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class BoardsClientTests : IDisposable
{
    private const string BoardJson = """{"id":"549755885175","name":"Summer recipes","privacy":"SECRET","created_at":"2022-10-13T01:40:29","owner":{"username":"ada"}}""";
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ListAsync_sends_privacy_ad_account_and_page()
    {
        _host.Respond(200, $$"""{"items":[{{BoardJson}}],"bookmark":"next"}""");

        var page = await _host.Client.Boards.ListAsync(new ListBoardsRequest
        {
            Privacy = BoardPrivacyFilter.PublicAndSecret,
            AdAccountId = "123",
            Page = new PageRequest(50, "abc"),
        });

        _host.Single.ShouldBe("GET", "/v5/boards");
        _host.Single.ShouldHaveQuery(("privacy", "PUBLIC_AND_SECRET"), ("ad_account_id", "123"), ("page_size", "50"), ("bookmark", "abc"));
        page.Items.ShouldHaveSingleItem().Name.ShouldBe("Summer recipes");
        page.Bookmark.ShouldBe("next");
        page.HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task GetAsync_reads_a_board_and_parses_offsetless_dates_as_utc()
    {
        _host.Respond(200, BoardJson);

        var board = await _host.Client.Boards.GetAsync("549755885175");

        _host.Single.ShouldBe("GET", "/v5/boards/549755885175");
        _host.Single.Query.ShouldBeEmpty();
        board.Privacy.ShouldBe(BoardPrivacy.Secret);
        board.CreatedAt.ShouldBe(new DateTimeOffset(2022, 10, 13, 1, 40, 29, TimeSpan.Zero));
        board.Owner!.Username.ShouldBe("ada");
    }

    [Fact]
    public async Task CreateAsync_posts_snake_case_json_without_nulls()
    {
        _host.Respond(201, BoardJson);

        await _host.Client.Boards.CreateAsync(new CreateBoardRequest { Name = "Summer recipes", Privacy = BoardPrivacy.Secret, IsAdsOnly = false }, "123");

        _host.Single.ShouldBe("POST", "/v5/boards");
        _host.Single.ShouldHaveQuery(("ad_account_id", "123"));
        _host.Single.ShouldHaveJsonBody("""{"name":"Summer recipes","privacy":"SECRET","is_ads_only":false}""");
    }

    [Fact]
    public async Task UpdateAsync_patches_the_board()
    {
        _host.Respond(200, BoardJson);

        await _host.Client.Boards.UpdateAsync("1", new UpdateBoardRequest { Description = "new", Privacy = BoardPrivacy.Public });

        _host.Single.ShouldBe("PATCH", "/v5/boards/1");
        _host.Single.ShouldHaveJsonBody("""{"description":"new","privacy":"PUBLIC"}""");
    }

    [Fact]
    public async Task UpdateAsync_sends_null_to_clear_the_description_and_leaves_unset_fields_out()
    {
        _host.Respond(200, BoardJson);

        await _host.Client.Boards.UpdateAsync("1", new UpdateBoardRequest { Description = Patch.Null<string>() });

        _host.Single.ShouldHaveJsonBody("""{"description":null}""");
    }

    [Fact]
    public async Task UpdateAsync_refuses_protected_privacy_before_calling()
    {
        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Boards.UpdateAsync("1", new UpdateBoardRequest { Privacy = BoardPrivacy.Protected }));
        _host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteAsync_sends_delete_and_accepts_204()
    {
        _host.Respond(204, string.Empty);

        await _host.Client.Boards.DeleteAsync("1", "99");

        _host.Single.ShouldBe("DELETE", "/v5/boards/1");
        _host.Single.ShouldHaveQuery(("ad_account_id", "99"));
    }

    [Fact]
    public async Task ListPinsAsync_explodes_creative_types()
    {
        _host.Respond(200, """{"items":[{"id":"7","media":{"media_type":"image"}}],"bookmark":null}""");

        var page = await _host.Client.Boards.ListPinsAsync("1", new ListBoardPinsRequest
        {
            CreativeTypes = [CreativeType.Regular, CreativeType.Video],
            PinMetrics = true,
            Page = new PageRequest(25),
        });

        _host.Single.ShouldBe("GET", "/v5/boards/1/pins");
        _host.Single.ShouldHaveQuery(("creative_types", "REGULAR"), ("creative_types", "VIDEO"), ("pin_metrics", "true"), ("page_size", "25"));
        page.Items.ShouldHaveSingleItem().Media.ShouldBeOfType<PinImageMedia>();
        page.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task The_token_provider_is_asked_on_every_call()
    {
        _host.Respond(200, BoardJson);

        await _host.Client.Boards.GetAsync("1");
        await _host.Client.Boards.GetAsync("2");

        _host.Tokens.Calls.ShouldBe(2);
        _host.Requests.ShouldAllBe(r => r.Header("Authorization") == $"Bearer {PinterestTestHost.AccessToken}");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Blank_ids_are_rejected_without_a_call(string id)
    {
        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Boards.GetAsync(id));
        _host.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ids_are_escaped_into_the_path()
    {
        _host.Respond(200, BoardJson);

        await _host.Client.Boards.GetAsync("a/b");

        // WireMock decodes AbsolutePath, so check the raw URL: the slash must stay escaped inside one segment.
        _host.Server.LogEntries.Single().RequestMessage.Url.ShouldEndWith("/v5/boards/a%2Fb");
    }
}
