using System.Net;
using GraphApi.Accounts.Links;
using GraphApi.Execution.Errors;
using GraphApi.Pinterest.Errors;

namespace GraphApi.Tests.Execution.Errors;

/// <summary>Every exception the seam knows, and its code; messages are the seam's own, never the exception's.</summary>
public sealed class PinterestExceptionTranslatorTests
{
    public static TheoryData<Exception, string> Cases => new()
    {
        { new PinterestNotConnectedException(), "PINTEREST_NOT_CONNECTED" },
        { new PinterestReconnectRequiredException(), "PINTEREST_RECONNECT_REQUIRED" },
        { new PinterestInsufficientScopeException("token abc123 lacks pins:write"), "INSUFFICIENT_SCOPE" },
        { new PinterestNotFoundException("x"), "NOT_FOUND" },
        { new PinterestRateLimitedException("x"), "RATE_LIMITED" },
        { new PinterestTrialAccessException("x"), "PINTEREST_NOT_PERMITTED" },
        { new PinterestConflictException("x"), "CONFLICT" },
        { new PinterestUpstreamException("x"), "UPSTREAM_UNAVAILABLE" },
        { new TimeoutException(), "UPSTREAM_UNAVAILABLE" },
        { new PinterestApiException("x", new PinterestErrorInfo(HttpStatusCode.BadRequest, 1, null, "boards/get", null)), "PINTEREST_REJECTED" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_failure_gets_its_stable_code(Exception exception, string code)
    {
        var error = PinterestExceptionTranslator.ToExecutionError(exception)!;

        error.Code.ShouldBe(code);
        error.Message.ShouldNotContain("abc123");
    }

    [Fact]
    public void Request_id_and_retry_after_ride_along_when_known()
    {
        var info = new PinterestErrorInfo(HttpStatusCode.TooManyRequests, 8, "req-42", "boards/get", new PinterestRateLimit("10", "0", null, TimeSpan.FromSeconds(7.2)));

        var failure = PinterestExceptionTranslator.ToFailure(new PinterestRateLimitedException("x", info, "org_read", false))!;

        failure.Extensions["pinterestRequestId"].ShouldBe("req-42");
        failure.Extensions["retryAfter"].ShouldBe(8);
    }

    [Fact]
    public void Anything_else_stays_unmapped_and_masked() =>
        PinterestExceptionTranslator.ToExecutionError(new InvalidOperationException("secret detail")).ShouldBeNull();
}
