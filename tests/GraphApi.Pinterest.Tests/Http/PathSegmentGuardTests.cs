using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Http;

/// <summary>No value a caller passes for a path placeholder can change which route the client calls.</summary>
public sealed class PathSegmentGuardTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Dot_segments_and_empty_values_are_refused_before_any_request(string id)
    {
        _host.Respond(200, "{}");

        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Boards.GetAsync(id));
        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Media.GetAsync(id));
        await Should.ThrowAsync<ArgumentException>(() => _host.Client.Pins.DeleteAsync(id));

        _host.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1/../../user_account")]
    [InlineData("..%2F..")]
    [InlineData("1?x=1#y")]
    public async Task Other_values_stay_inside_their_segment(string id)
    {
        _host.Respond(404, """{"code":40,"message":"Board not found."}""");

        await Should.ThrowAsync<Exception>(() => _host.Client.Boards.GetAsync(id));

        // Escaped into the one segment: still the boards route, with no query string of the caller's making.
        var request = _host.Single;
        request.Path.ShouldStartWith("/v5/boards/");
        request.Query.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_token_url_is_configurable_and_defaults_to_oauth_token_under_the_api()
    {
        const string TokenJson = """{"access_token":"a","refresh_token":"r","response_type":"refresh_token","token_type":"bearer","expires_in":60,"refresh_token_expires_in":120,"scope":"boards:read"}""";
        _host.Respond(200, TokenJson);
        await _host.Client.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "r" });
        _host.Single.Path.ShouldBe("/v5/oauth/token");

        using var custom = new PinterestTestHost();
        using var configured = new PinterestTestHost(o => o.TokenUrl = new Uri($"http://127.0.0.1:{custom.Server.Port}/elsewhere/token"));
        custom.Respond(200, TokenJson);

        await configured.Client.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "r" });

        configured.Requests.ShouldBeEmpty();
        custom.Single.Path.ShouldBe("/elsewhere/token");
    }
}
