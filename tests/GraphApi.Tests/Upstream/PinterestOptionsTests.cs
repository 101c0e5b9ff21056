using GraphApi.Features.Gateway;
using GraphApi.Upstream;
namespace GraphApi.Tests.Upstream;

public sealed class PinterestOptionsTests
{
    private static readonly PinterestOptionsValidator Validator = new(new GatewayInfo("GraphApi", "0.0.0", UpstreamMode.Sandbox));

    [Fact]
    public void The_defaults_are_valid()
    {
        Validator.Validate(null, new PinterestOptions()).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("RefreshFailureCooldown", "Pinterest:RefreshFailureCooldown")]
    [InlineData("RefreshTimeout", "Pinterest:RefreshTimeout")]
    [InlineData("TokenWriteAttempts", "Pinterest:TokenWriteAttempts")]
    [InlineData("TokenWriteBusyTimeout", "Pinterest:TokenWriteBusyTimeout")]
    [InlineData("TokenWriteBusyTimeoutFraction", "Pinterest:TokenWriteBusyTimeout")]
    [InlineData("TokenWriteRetryDelay", "Pinterest:TokenWriteRetryDelay")]
    [InlineData("TokenWriteBackgroundMaxDelay", "Pinterest:TokenWriteBackgroundMaxDelay")]
    [InlineData("MaxConcurrentCallsPerRequest", "Pinterest:MaxConcurrentCallsPerRequest")]
    public void A_bad_value_is_refused_naming_its_setting(string broken, string setting)
    {
        var options = broken switch
        {
            "RefreshFailureCooldown" => new PinterestOptions { RefreshFailureCooldown = TimeSpan.Zero },
            "RefreshTimeout" => new PinterestOptions { RefreshTimeout = TimeSpan.FromHours(1) },
            "TokenWriteAttempts" => new PinterestOptions { TokenWriteAttempts = 0 },
            "TokenWriteBusyTimeout" => new PinterestOptions { TokenWriteBusyTimeout = TimeSpan.FromMinutes(5) },
            "TokenWriteBusyTimeoutFraction" => new PinterestOptions { TokenWriteBusyTimeout = TimeSpan.FromMilliseconds(1500) },
            "TokenWriteRetryDelay" => new PinterestOptions { TokenWriteRetryDelay = TimeSpan.FromSeconds(-1) },
            "TokenWriteBackgroundMaxDelay" => new PinterestOptions { TokenWriteBackgroundMaxDelay = TimeSpan.FromDays(1) },
            _ => new PinterestOptions { MaxConcurrentCallsPerRequest = 0 },
        };

        var result = Validator.Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(setting);
        result.Failures!.Count().ShouldBe(1);
    }
}
