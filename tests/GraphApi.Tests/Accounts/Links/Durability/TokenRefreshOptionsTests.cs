using GraphApi.Accounts.Links;
namespace GraphApi.Tests.Accounts.Links.Durability;

public sealed class TokenRefreshOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        new TokenRefreshOptionsValidator().Validate(null, new TokenRefreshOptions()).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("RefreshFailureCooldown", "Pinterest:RefreshFailureCooldown")]
    [InlineData("RefreshTimeout", "Pinterest:RefreshTimeout")]
    [InlineData("TokenWriteAttempts", "Pinterest:TokenWriteAttempts")]
    [InlineData("TokenWriteBusyTimeout", "Pinterest:TokenWriteBusyTimeout")]
    [InlineData("TokenWriteBusyTimeoutFraction", "Pinterest:TokenWriteBusyTimeout")]
    [InlineData("TokenWriteRetryDelay", "Pinterest:TokenWriteRetryDelay")]
    [InlineData("TokenWriteBackgroundMaxDelay", "Pinterest:TokenWriteBackgroundMaxDelay")]
    public void A_bad_value_is_refused_naming_its_setting(string broken, string setting)
    {
        var options = broken switch
        {
            "RefreshFailureCooldown" => new TokenRefreshOptions { RefreshFailureCooldown = TimeSpan.Zero },
            "RefreshTimeout" => new TokenRefreshOptions { RefreshTimeout = TimeSpan.FromHours(1) },
            "TokenWriteAttempts" => new TokenRefreshOptions { TokenWriteAttempts = 0 },
            "TokenWriteBusyTimeout" => new TokenRefreshOptions { TokenWriteBusyTimeout = TimeSpan.FromMinutes(5) },
            "TokenWriteBusyTimeoutFraction" => new TokenRefreshOptions { TokenWriteBusyTimeout = TimeSpan.FromMilliseconds(1500) },
            "TokenWriteRetryDelay" => new TokenRefreshOptions { TokenWriteRetryDelay = TimeSpan.FromSeconds(-1) },
            _ => new TokenRefreshOptions { TokenWriteBackgroundMaxDelay = TimeSpan.FromDays(1) },
        };

        var result = new TokenRefreshOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(setting);
        result.Failures!.Count().ShouldBe(1);
    }
}
