using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Tests.Http;

/// <summary>The host's quota observer sees the rate-limit headers of every answer, success or error, with the operation and its category.</summary>
public sealed class QuotaObserverTests : IDisposable
{
    private const string Board = """{"id":"1","name":"b","privacy":"PUBLIC","created_at":"2022-10-13T01:40:29","owner":{"username":"ada"}}""";
    private readonly RecordingObserver _observer = new();
    private readonly PinterestTestHost _host;

    public QuotaObserverTests()
    {
        _host = new PinterestTestHost(o => o.MaxRetries = 0, services => services.AddSingleton<IPinterestQuotaObserver>(_observer));
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_success_is_observed_with_its_operation_category_and_parsed_headers()
    {
        _host.Respond(200, Board,
            ("x-ratelimit-limit", "1000"), ("x-ratelimit-remaining", "998"), ("x-ratelimit-reset", "42"));

        await _host.Client.Boards.GetAsync("1");

        var seen = _observer.Seen.ShouldHaveSingleItem();
        seen.ShouldBe(new PinterestQuotaObservation("boards/get", "org_read", 200, 1000, 998, TimeSpan.FromSeconds(42), null));
        seen.HasQuota.ShouldBeTrue();
    }

    [Fact]
    public async Task Errors_are_observed_too_and_a_429_says_the_quota_is_spent_even_without_headers()
    {
        _host.Respond(404, """{"code":1,"message":"nope"}""", ("x-ratelimit-remaining", "7"));
        await Should.ThrowAsync<PinterestNotFoundException>(() => _host.Client.Pins.GetAsync("1"));

        _host.Respond(429, """{"code":8,"message":"slow down"}""", ("Retry-After", "30"));
        await Should.ThrowAsync<PinterestRateLimitedException>(() => _host.Client.Pins.GetAnalyticsAsync("1", new PinAnalyticsRequest { StartDate = new(2026, 1, 1), EndDate = new(2026, 1, 2), MetricTypes = ["IMPRESSION"] }));

        _observer.Seen.Count.ShouldBe(2);
        _observer.Seen[0].ShouldBe(new PinterestQuotaObservation("pins/get", "org_read", 404, null, 7, null, null));
        _observer.Seen[1].OperationId.ShouldBe("pins/analytics");
        _observer.Seen[1].Category.ShouldBe("org_analytics");
        _observer.Seen[1].StatusCode.ShouldBe(429);
        _observer.Seen[1].RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        _observer.Seen[1].HasQuota.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("1e300")]
    [InlineData("NaN")]
    public async Task A_reset_no_timespan_can_hold_is_dropped_not_thrown(string reset)
    {
        _host.Respond(200, Board, ("x-ratelimit-remaining", "3"), ("x-ratelimit-reset", reset));

        await _host.Client.Boards.GetAsync("1");

        var seen = _observer.Seen.ShouldHaveSingleItem();
        seen.Remaining.ShouldBe(3);
        seen.ResetAfter.ShouldBeNull();
    }

    [Fact]
    public async Task Hostile_header_values_are_dropped_not_thrown()
    {
        _host.Respond(200, Board,
            ("x-ratelimit-limit", "-5"), ("x-ratelimit-remaining", "99999999999999999999999"), ("x-ratelimit-reset", "soon"));

        await _host.Client.Boards.GetAsync("1");

        var seen = _observer.Seen.ShouldHaveSingleItem();
        (seen.Limit, seen.Remaining, seen.ResetAfter).ShouldBe((null, null, null));
        seen.HasQuota.ShouldBeFalse();
    }

    private sealed class RecordingObserver : IPinterestQuotaObserver
    {
        private readonly Lock _gate = new();

        public List<PinterestQuotaObservation> Seen { get; } = [];

        public void Observe(in PinterestQuotaObservation observation)
        {
            lock (_gate)
            {
                Seen.Add(observation);
            }
        }
    }
}
