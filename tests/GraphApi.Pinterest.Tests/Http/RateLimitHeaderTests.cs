using System.Net.Http.Headers;
using GraphApi.Pinterest.Errors;

namespace GraphApi.Pinterest.Tests.Http;

public sealed class RateLimitHeaderTests
{
    [Fact]
    public void No_headers_means_no_rate_limit_info()
    {
        using var response = new HttpResponseMessage();

        PinterestRateLimit.FromHeaders(response.Headers).ShouldBeNull();
    }

    [Fact]
    public void A_past_retry_after_date_means_retry_now()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(-1));

        PinterestRateLimit.FromHeaders(response.Headers)!.WaitHint.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_non_numeric_reset_is_kept_out_of_the_hint()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "soon");
        response.Headers.TryAddWithoutValidation("x-ratelimit-remaining", "3");

        var limit = PinterestRateLimit.FromHeaders(response.Headers)!;

        limit.Remaining.ShouldBe("3");
        limit.WaitHint.ShouldBeNull();
    }
}
