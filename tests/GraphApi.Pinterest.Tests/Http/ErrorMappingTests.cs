using System.Net;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Http;

public sealed class ErrorMappingTests : IDisposable
{
    private const string RequestId = "rid-abc-123";
    private readonly PinterestTestHost _host = new(o => o.MaxRetries = 0);

    public void Dispose() => _host.Dispose();

    public static TheoryData<int, string, Type, int?> Cases => new()
    {
        { 401, """{"code":2,"message":"Authentication failed."}""", typeof(PinterestAuthenticationException), 2 },
        { 403, """{"code":3,"message":"Not authorized to access the user account."}""", typeof(PinterestInsufficientScopeException), 3 },
        { 401, """{"code":3,"message":"Missing scope."}""", typeof(PinterestInsufficientScopeException), 3 },
        { 403, """{"code":29,"message":"Apps with Trial access may not create Pins in production."}""", typeof(PinterestTrialAccessException), 29 },
        { 401, """{"code":29,"message":"You are not permitted to access that resource."}""", typeof(PinterestTrialAccessException), 29 },
        { 404, """{"code":40,"message":"Board not found."}""", typeof(PinterestNotFoundException), 40 },
        { 409, """{"code":409,"message":"Board section conflict"}""", typeof(PinterestConflictException), 409 },
        { 429, """{"code":8,"message":"This request exceeded a rate limit."}""", typeof(PinterestRateLimitedException), 8 },
        { 500, """{"code":500,"message":"Internal error"}""", typeof(PinterestUpstreamException), 500 },
        { 503, "<html>busy</html>", typeof(PinterestUpstreamException), null },
        { 400, """{"code":1,"message":"Invalid parameters."}""", typeof(PinterestApiException), 1 },
        { 401, """{"code":7,"message":"Not authorized to access board or Pin."}""", typeof(PinterestApiException), 7 },
        { 403, """{"code":403,"message":"Forbidden"}""", typeof(PinterestApiException), 403 },
        { 400, "not json", typeof(PinterestUpstreamException), null },
        { 404, "", typeof(PinterestNotFoundException), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Error_bodies_map_to_typed_exceptions(int status, string body, Type expected, int? code)
    {
        _host.Respond(status, body, ("x-pinterest-rid", RequestId));

        var error = await Should.ThrowAsync<PinterestApiException>(() => _host.Client.Boards.GetAsync("1"));

        error.GetType().ShouldBe(expected);
        error.StatusCode.ShouldBe((HttpStatusCode)status);
        error.PinterestCode.ShouldBe(code);
        error.RequestId.ShouldBe(RequestId);
        error.Info!.OperationId.ShouldBe("boards/get");
        error.Message.ShouldContain(RequestId);
    }

    [Fact]
    public async Task Rate_limits_carry_category_and_reset_hints()
    {
        _host.Respond(429, """{"code":8,"message":"This request exceeded a rate limit.","message_detail":"Spam block"}""",
            ("x-ratelimit-limit", "1000"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "42"));

        var error = await Should.ThrowAsync<PinterestRateLimitedException>(() => _host.Client.Pins.GetAnalyticsAsync("1", new Pins.PinAnalyticsRequest
        {
            StartDate = new DateOnly(2025, 1, 1),
            EndDate = new DateOnly(2025, 1, 2),
            MetricTypes = ["SAVE"],
        }));

        error.Category.ShouldBe("org_analytics");
        error.IsSpamBlock.ShouldBeTrue();
        error.RateLimit!.Limit.ShouldBe("1000");
        error.RateLimit.Remaining.ShouldBe("0");
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(42));
    }

    [Fact]
    public async Task Retry_after_header_wins_over_reset()
    {
        _host.Respond(429, """{"code":8,"message":"slow down"}""", ("Retry-After", "7"), ("x-ratelimit-reset", "42"));

        var error = await Should.ThrowAsync<PinterestRateLimitedException>(() => _host.Client.Boards.CreateAsync(new Boards.CreateBoardRequest { Name = "x" }));

        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        error.Category.ShouldBe("org_write");
    }

    [Fact]
    public async Task The_access_token_never_appears_in_an_exception()
    {
        _host.Respond(401, $$"""{"code":2,"message":"Authentication failed for token {{PinterestTestHost.AccessToken}}."}""");

        var error = await Should.ThrowAsync<PinterestAuthenticationException>(() => _host.Client.UserAccount.GetAsync());

        error.ToString().ShouldNotContain(PinterestTestHost.AccessToken);
        error.Message.ShouldContain("[redacted]");
    }

    [Fact]
    public async Task The_client_secret_and_refresh_token_never_appear_in_an_oauth_exception()
    {
        _host.Respond(401, $$"""{"code":2,"message":"bad {{PinterestTestHost.ClientSecret}} / pinr.secret"}""");

        var error = await Should.ThrowAsync<PinterestAuthenticationException>(() => _host.Client.OAuth.RefreshAsync(new OAuth.RefreshTokenRequest { RefreshToken = "pinr.secret" }));

        error.ToString().ShouldNotContain(PinterestTestHost.ClientSecret);
        error.ToString().ShouldNotContain("pinr.secret");
        error.Info!.OperationId.ShouldBe("oauth/token");
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_is_an_upstream_failure()
    {
        _host.Respond(200, "<html>proxy</html>", ("x-pinterest-rid", RequestId));

        var error = await Should.ThrowAsync<PinterestUpstreamException>(() => _host.Client.Boards.GetAsync("1"));

        error.StatusCode.ShouldBe(HttpStatusCode.OK);
        error.RequestId.ShouldBe(RequestId);
    }

    [Fact]
    public async Task An_unreachable_server_is_an_upstream_failure()
    {
        using var host = new PinterestTestHost(o => { o.ApiBaseUrl = new Uri("http://127.0.0.1:1/v5"); o.MaxRetries = 0; });

        var error = await Should.ThrowAsync<PinterestUpstreamException>(() => host.Client.Boards.GetAsync("1"));

        error.StatusCode.ShouldBeNull();
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_an_error()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _host.Client.Boards.GetAsync("1", cancellationToken: cancelled.Token));
    }
}
