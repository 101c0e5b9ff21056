using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Http;

public sealed class ResilienceTests
{
    private const string Board = """{"id":"1","name":"x"}""";

    [Fact]
    public async Task A_get_that_gets_503_then_200_succeeds_on_the_second_call()
    {
        using var host = new PinterestTestHost();
        host.RespondInSequence(503, 200, Board);

        var board = await host.Client.Boards.GetAsync("1");

        board.Id.ShouldBe("1");
        host.Requests.Count.ShouldBe(2);
        host.Tokens.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_post_that_gets_503_is_sent_once()
    {
        using var host = new PinterestTestHost();
        host.RespondInSequence(503, 201, Board);

        await Should.ThrowAsync<PinterestUpstreamException>(() => host.Client.Boards.CreateAsync(new Boards.CreateBoardRequest { Name = "x" }));

        host.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_patch_that_gets_503_is_sent_once()
    {
        using var host = new PinterestTestHost();
        host.RespondInSequence(503, 200, Board);

        await Should.ThrowAsync<PinterestUpstreamException>(() => host.Client.Pins.UpdateAsync("1", new Pins.UpdatePinRequest { Title = "t" }));

        host.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        using var host = new PinterestTestHost(o => o.MaxRetries = 2);
        host.Respond(502, "{}");

        await Should.ThrowAsync<PinterestUpstreamException>(() => host.Client.Boards.GetAsync("1"));

        host.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_429_with_a_short_hint_is_waited_out()
    {
        using var host = new PinterestTestHost(o => o.RateLimitWaitBudget = TimeSpan.FromSeconds(2));
        host.Server.ResetMappings();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).InScenario("rl").WillSetStateTo("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"code":8,"message":"rate"}"""));
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).InScenario("rl").WhenStateIs("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Board));

        var board = await host.Client.Boards.GetAsync("1");

        board.Id.ShouldBe("1");
        host.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_429_beyond_the_wait_budget_fails_at_once()
    {
        using var host = new PinterestTestHost(o => o.RateLimitWaitBudget = TimeSpan.FromSeconds(2));
        host.Respond(429, """{"code":8,"message":"rate"}""", ("x-ratelimit-reset", "60"));

        var error = await Should.ThrowAsync<PinterestRateLimitedException>(() => host.Client.Boards.GetAsync("1"));

        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(60));
        host.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_429_without_any_hint_is_not_retried()
    {
        using var host = new PinterestTestHost();
        host.Respond(429, """{"code":8,"message":"rate"}""");

        await Should.ThrowAsync<PinterestRateLimitedException>(() => host.Client.Boards.GetAsync("1"));

        host.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_as_an_upstream_failure()
    {
        using var host = new PinterestTestHost(o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 0; });
        host.Server.ResetMappings();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Board).WithDelay(TimeSpan.FromSeconds(3)));

        var error = await Should.ThrowAsync<PinterestUpstreamException>(() => host.Client.Boards.GetAsync("1"));

        error.Message.ShouldContain("timed out");
    }
}
